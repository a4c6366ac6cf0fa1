using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>Small text helpers shared by the self-evaluation parsers.</summary>
internal static partial class EvaluationText
{
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[（(]\s*(\d{4})\s*年度?\s*[）)]")]
    private static partial Regex BracketYear();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度")]
    private static partial Regex TitledYear();

    [GeneratedRegex(@"-?\d[\d,]*(?:\.\d+)?")]
    private static partial Regex FirstNumber();

    /// <summary>Removes markup tags, trims and collapses every run of whitespace to one space.</summary>
    public static string Clean(string text)
    {
        if (text.Contains('<')) text = Tags().Replace(text, string.Empty);
        if (!NeedsSpaceCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>True when the text has leading or trailing whitespace, or whitespace other than single spaces.</summary>
    private static bool NeedsSpaceCleaning(string text)
    {
        if (text.Length == 0) return false;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return true;
        for (var i = 1; i < text.Length - 1; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) && (ch != ' ' || char.IsWhiteSpace(text[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>No whitespace, ASCII parentheses and colon, full-width digits folded: for label matching.</summary>
    public static string Compact(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        AppendCompact(sb, text, i);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> in its <see cref="Compact"/> form.</summary>
    public static void AppendCompact(StringBuilder sb, string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) sb.Append(Fold(text[i]));
        }
    }

    private static char Fold(char ch) => ch switch
    {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        >= '０' and <= '９' => (char)('0' + (ch - '０')),
        '．' => '.',
        _ => ch,
    };

    /// <summary>"（2021年度）" / "( 2020 年度)" → 2021.</summary>
    public static int? BracketedYear(string text)
    {
        var m = BracketYear().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The year a form's title names in it: "瑞安市交通运输局2024年度项目绩效自评表" → 2024.</summary>
    public static int? TitleYear(string text)
    {
        var m = TitledYear().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A number cell such as "9.96", "97.34%", "100分"; null for text, blank or "—".</summary>
    public static PrintedNumber? Number(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (t.EndsWith('分')) t = t[..^1];
        return NumberText.Parse(t);
    }

    /// <summary>
    /// A rate cell or phrase in digits (“96.5%”), spelled after 百分之 (“百分之九十六” → 96%, read by <see cref="ChinesePercent"/>)
    /// or in per mille (“955‰” → 95.5%), its printed text kept.
    /// </summary>
    public static PrintedNumber? Rate(string? text)
    {
        var digits = text is null ? null : ChinesePercent.AsDigits(text);
        return Number(digits) is PrintedNumber rate && digits != text ? rate with { Text = text!.Trim() } : Number(text) ?? PerMille(text);
    }

    /// <summary>“95.00‰” as the percentage it stands for (9.500%), its printed text kept; null when the text is no number in per mille.</summary>
    private static PrintedNumber? PerMille(string? text)
    {
        var t = text?.Trim();
        if (t is null || !t.EndsWith('‰') || Number(t[..^1]) is not PrintedNumber n || n.IsPercent) return null;
        return new PrintedNumber(n.Value / 10m, n.Decimals + 1, true, t);
    }

    /// <summary>The first number in a text and the position just after it.</summary>
    public static (PrintedNumber Number, int End)? FirstNumberIn(string text, int start = 0)
    {
        var normalized = FoldDigits(text);
        var m = FirstNumber().Match(normalized, start);
        while (m.Success)
        {
            if (NumberText.Parse(m.Value) is PrintedNumber n) return (n, m.Index + m.Length);
            m = m.NextMatch();
        }
        return null;
    }

    /// <summary>Full-width digits and point to ASCII, keeping every other character (and the length).</summary>
    public static string FoldDigits(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('０', '９') < 0 && !text.Contains('．')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '．' => '.',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    /// <summary>Similarity of two names by shared character bigrams (Dice), 0..1.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Bigrams(Compact(a));
        var y = Bigrams(Compact(b));
        if (x.Count == 0 || y.Count == 0) return Compact(a) == Compact(b) ? 1 : 0;
        var shared = 0;
        var pool = y.ToList();
        foreach (var g in x)
        {
            var i = pool.IndexOf(g);
            if (i < 0) continue;
            shared++;
            pool.RemoveAt(i);
        }
        return 2.0 * shared / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string s)
    {
        var list = new List<string>();
        for (var i = 0; i + 1 < s.Length; i++) list.Add(s.Substring(i, 2));
        return list;
    }
}
