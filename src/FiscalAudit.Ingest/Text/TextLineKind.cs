using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>What one physical line of a text file is.</summary>
internal enum TextLineKind
{
    Blank,
    Heading,
    TabRow,
    PipeRow,
    PipeSeparator,

    /// <summary>A grid table's rule (“+-----+----+”, “+=====+====+”, as pandoc writes tables): it ends a row.</summary>
    GridSeparator,
    Text,
}

/// <summary>Classifies physical lines of text exports.</summary>
internal static partial class TextLineClassifier
{
    /// <summary>
    /// A line of Markdown images (“![](images/3f9c….jpg)”, where a converter cut out a picture, a seal or a chart) and HTML comments
    /// (“&lt;!-- Media --&gt;”, “&lt;!-- 分页 --&gt;” that converters leave where a picture or a page break was) only: nothing to read.
    /// </summary>
    [GeneratedRegex(@"^((!\[[^\]]*\]\([^)]*\)|<!--.*?-->)\s*)+$")]
    private static partial Regex NothingToRead();

    /// <summary>A line of Markdown images only (“![](images/x.jpg)”): a picture where the page printed something.</summary>
    [GeneratedRegex(@"^(!\[[^\]]*\]\([^)]*\)\s*)+$")]
    private static partial Regex Pictures();

    /// <summary>True when the line holds Markdown images only.</summary>
    public static bool IsPicture(string line) => Pictures().IsMatch(line.Trim());

    public static TextLineKind Classify(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || NothingToRead().IsMatch(t)) return TextLineKind.Blank;
        if (t.StartsWith('#')) return TextLineKind.Heading;
        if (t.StartsWith('|') && t.Count(c => c == '|') >= 2)
            return t.All(c => c is '|' or '-' or ':' or ' ' or '\t') ? TextLineKind.PipeSeparator : TextLineKind.PipeRow;
        if (t.Length >= 3 && t[0] == '+' && t[^1] == '+' && t.All(c => c is '+' or '-' or '=' or ':')) return TextLineKind.GridSeparator;
        if (line.Contains('\t') && line.Trim().Length > 0) return TextLineKind.TabRow;
        if (Markup.IsWholeLineBold(t)) return TextLineKind.Heading;
        return TextLineKind.Text;
    }

    /// <summary>Heading level: number of leading '#', or 4 for a whole-line bold title.</summary>
    public static int HeadingLevel(string line)
    {
        var t = line.Trim();
        var n = 0;
        while (n < t.Length && t[n] == '#') n++;
        return n == 0 ? 4 : Math.Min(n, 6);
    }

    public static string HeadingText(string line) => Markup.Clean(line.Trim().TrimStart('#'));
}
