using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Splits written-out lists into their items: “A、B、C” (a “、” inside brackets or quotes — “线路租赁、系统升级及
/// 保密工作经费” in “…” — separates nothing), “A；B；C”, and numbered items “1.A；2.B” “（1）A（2）B” or “①A；②B”
/// counted while their numbers run 1, 2, 3 ….
/// </summary>
public static partial class ListItems
{
    private const string Opening = "（(《“‘【[";
    private const string Closing = "）)》”’】]";

    [GeneratedRegex(@"(?<=^|[\s；;，,。:：])(?:(?<n>[0-9]{1,2})\s*[.．、](?![0-9])|[（(](?<n>[0-9]{1,2})[）)]|(?<c>[\u2460-\u2473]))")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}\s*[.．、](?![0-9])|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[部章节])")]
    private static partial Regex AnyOrdinal();

    /// <summary>True when <paramref name="text"/> starts with any kind of ordinal (“2.”, “（二）”, “三、”, “第二部分”).</summary>
    public static bool StartsWithOrdinal(string text) => AnyOrdinal().IsMatch(text);

    /// <summary><paramref name="text"/> without the ordinal it starts with (“二、部门决算单位构成” → “部门决算单位构成”).</summary>
    public static string WithoutOrdinal(string text) => AnyOrdinal().Replace(text, string.Empty, 1);

    /// <summary>The items numbered 1, 2, 3 … (or ①, ②, ③ …) in <paramref name="text"/> (the text of each up to the next), or none when the text does not start with item 1.</summary>
    public static List<string> Numbered(string text)
    {
        var starts = new List<(int At, int TextAt)>();
        foreach (Match m in NumberedItem().Matches(text))
        {
            if (Number(m) != starts.Count + 1) continue;
            if (starts.Count == 0 && text[..m.Index].Trim().Length > 0) return new();
            starts.Add((m.Index, m.Index + m.Length));
        }
        return starts.Select((s, i) => text[s.TextAt..(i + 1 < starts.Count ? starts[i + 1].At : text.Length)].Trim().TrimEnd('；', ';', '，', ',', '。')).ToList();
    }

    /// <summary>The number of a numbered item: “3.”, “（3）” or “③”.</summary>
    private static int Number(Match item) =>
        item.Groups["c"].Success ? item.Groups["c"].Value[0] - '\u2460' + 1 : int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parts of <paramref name="text"/> between <paramref name="separator"/>s outside brackets and quotes.</summary>
    public static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Opening.Contains(c)) depth++;
            else if (Closing.Contains(c)) depth = Math.Max(0, depth - 1);
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }

    /// <summary>
    /// The first index at or after <paramref name="from"/> of a character in <paramref name="stops"/> outside brackets
    /// and quotes, or of the bracket that closes one <paramref name="from"/> is in; the text's length when none.
    /// </summary>
    public static int NextOutside(string text, int from, string stops)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (depth == 0 && (stops.Contains(c) && !IsThousands(text, i) || Closing.Contains(c))) return i;
            if (Opening.Contains(c)) depth++;
            else if (Closing.Contains(c)) depth--;
        }
        return text.Length;
    }

    /// <summary>How many round brackets opened in [<paramref name="from"/>, <paramref name="to"/>) are still open at <paramref name="to"/>.</summary>
    public static int BracketDepth(string text, int from, int to)
    {
        var depth = 0;
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (text[i] is '（' or '(') depth++;
            else if (text[i] is '）' or ')') depth = Math.Max(0, depth - 1);
        }
        return depth;
    }

    /// <summary>
    /// Where the clause that ends at <paramref name="end"/> begins: after the last of <paramref name="breaks"/> (by default
    /// “，；。：”) outside brackets and quotes, or after the bracket it is in.
    /// </summary>
    public static int ClauseStart(string text, int end, string? breaks = null)
    {
        breaks ??= Punctuation.ClauseBreaks;
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            var c = text[i];
            if (Closing.Contains(c)) depth++;
            else if (Opening.Contains(c) && depth-- == 0) return i + 1;
            else if (depth == 0 && breaks.Contains(c) && !IsThousands(text, i)) return i + 1;
        }
        return 0;
    }

    /// <summary>
    /// <paramref name="text"/> with the ASCII “,” and “;” that break clauses written as “，” and “；” (same length; a “,”
    /// between digits, “1,468.49”, separates thousands and is kept).
    /// </summary>
    public static string FullWidthBreaks(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == ';') chars[i] = '；';
            else if (chars[i] == ',' && !IsThousands(text, i)) chars[i] = '，';
        }
        return new string(chars);
    }

    /// <summary>The character at <paramref name="i"/> is a “,” between digits (“1,468.49”).</summary>
    private static bool IsThousands(string text, int i) =>
        text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
}
