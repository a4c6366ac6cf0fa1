using System.Text.RegularExpressions;

namespace FiscalAudit.Tests.Support;

/// <summary>
/// The same text laid out as a PDF-to-text or Word-to-text conversion gives it: prose lines hard-wrapped at a right margin
/// (display columns, a CJK character two; never inside a number or a Latin word), and page furniture — a page number and
/// a running header — between the lines every so many lines.
/// </summary>
public static partial class PrintedLayout
{
    /// <summary>A number (“1,234.56”, “87.57%”), a Latin word or a converter's marker (“[bookmark: _Toc1]”): never broken.</summary>
    [GeneratedRegex(@"\[bookmark:[^\]]*\]|[0-9０-９][0-9０-９.,，．%％]*[0-9０-９%％]|[A-Za-z0-9]+")]
    private static partial Regex Unbreakable();

    /// <summary>A table laid out with spaces: two or more spaces between two fields.</summary>
    [GeneratedRegex(@"\S {2,}\S")]
    private static partial Regex SpacedFields();

    /// <summary>Every prose line of <paramref name="text"/> wider than <paramref name="columns"/> broken at that margin.</summary>
    public static string Wrap(string text, int columns) =>
        string.Join('\n', Lines(text).SelectMany(line => IsProse(line) ? WrapLine(line, columns) : [line]));

    /// <summary>
    /// <paramref name="text"/> with a page break after every <paramref name="pageLines"/> lines: the page's number as
    /// <paramref name="number"/> prints it, then (after a form feed when <paramref name="formFeed"/>) the running header.
    /// </summary>
    public static string Paginate(string text, int pageLines, Func<int, string> number, string header, bool formFeed)
    {
        var lines = Lines(text);
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            result.Add(lines[i]);
            if ((i + 1) % pageLines != 0 || i + 1 == lines.Count) continue;
            result.Add(new string(' ', 16) + number((i + 1) / pageLines));
            result.Add((formFeed ? "\f" : string.Empty) + header);
        }
        return string.Join('\n', result);
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').ToList();

    private static bool IsProse(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && !line.Contains('\t') && !t.StartsWith('#') && !t.StartsWith('|') && !t.StartsWith('+') && !t.StartsWith('<')
            && !(t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal)) && !SpacedFields().IsMatch(t);
    }

    private static int Width(char c) => c >= '\u2E80' ? 2 : 1;

    private static IEnumerable<string> WrapLine(string line, int columns)
    {
        var spans = Unbreakable().Matches(line).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var start = 0;
        while (line[start..].Sum(Width) > columns)
        {
            var cut = start;
            for (var width = 0; cut < line.Length && width + Width(line[cut]) <= columns; cut++) width += Width(line[cut]);
            var inside = spans.FirstOrDefault(s => s.Index > start && s.Index < cut && cut < s.End);
            if (inside.End > 0) cut = inside.Index;
            yield return line[start..cut];
            start = cut;
        }
        yield return line[start..];
    }
}
