using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// A web page as the lines the text reader takes, in the order a browser shows them: each heading (as a Markdown
/// heading), paragraph, list item or line break its own line; each table its opening tag, then a line per row
/// (<see cref="HtmlTable"/>). The head, scripts, styles, comments and Word's conditional markup are left out, and so
/// are the site's menus and footer (<see cref="PageSections"/>, <see cref="PageFurniture"/>); tables used only for layout are taken apart
/// (<see cref="LayoutTables"/>). The
/// lines are numbered as shown, not as the page's source is wrapped: a page saved on one line still has a place
/// for every paragraph and row.
/// </summary>
internal static partial class HtmlPage
{
    [GeneratedRegex(@"<!--.*?(?:-->|$)|<(script|style|head|title|noscript|xml)\b.*?(?:</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<(/?)table\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TableTag();

    [GeneratedRegex(@"<(/?)(p|div|h[1-6]|li|ul|ol|br|tr|section|article|header|footer|nav|blockquote|center|dd|dt|pre|body|html)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<tr\b", RegexOptions.IgnoreCase)]
    private static partial Regex RowTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A line break between two Chinese characters, which a browser shows as nothing (a page wrapped in its source).</summary>
    [GeneratedRegex(@"(?<=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])[ \t]*\r?\n\s*(?=[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF])")]
    private static partial Regex BreakBetweenChinese();

    public static IEnumerable<string> Lines(string html)
    {
        var visible = LayoutTables.Unwrap(PageSections.Remove(Hidden().Replace(html, " ")));
        var at = 0;
        foreach (var (start, end) in Tables(visible))
        {
            foreach (var line in Text(visible, at, start)) yield return line;
            foreach (var line in TableLines(visible, start, end)) yield return line;
            at = end;
        }
        foreach (var line in Text(visible, at, visible.Length)) yield return line;
    }

    /// <summary>The outermost tables: from each &lt;table&gt; to its matching &lt;/table&gt; (or the page's end).</summary>
    private static IEnumerable<(int Start, int End)> Tables(string html)
    {
        var depth = 0;
        var start = 0;
        foreach (Match tag in TableTag().Matches(html))
        {
            if (tag.Groups[1].Length == 0)
            {
                if (depth++ == 0) start = tag.Index;
            }
            else if (depth > 0 && --depth == 0)
            {
                yield return (start, tag.Index + tag.Length);
            }
        }
        if (depth > 0) yield return (start, html.Length);
    }

    /// <summary>A table as lines: its opening tag, then each row on one line (as a text export writes a row); the last ends at &lt;/table&gt;.</summary>
    private static IEnumerable<string> TableLines(string html, int start, int end)
    {
        var rows = RowTag().Matches(html, start).TakeWhile(m => m.Index < end).Select(m => m.Index).Append(end).ToList();
        yield return Spaces().Replace(html[start..rows[0]], " ");
        for (var i = 0; i + 1 < rows.Count; i++) yield return Spaces().Replace(html[rows[i]..rows[i + 1]], " ");
    }

    /// <summary>The text between two tables, a line per block, each a heading in Markdown's way when it is one.</summary>
    private static IEnumerable<string> Text(string html, int start, int end)
    {
        var level = 0;
        var at = start;
        foreach (Match tag in BlockTag().Matches(html[start..end]))
        {
            if (Block(html[at..(start + tag.Index)], level) is { } line) yield return line;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            level = name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]) && tag.Groups[1].Length == 0 ? name[1] - '0' : 0;
            at = start + tag.Index + tag.Length;
        }
        if (Block(html[at..end], level) is { } last) yield return last;
    }

    private static string? Block(string html, int headingLevel)
    {
        var text = Spaces().Replace(HtmlTable.Text(BreakBetweenChinese().Replace(html, "")), " ");
        return text.Length == 0 || PageFurniture.Is(text) ? null : (headingLevel > 0 ? new string('#', headingLevel) + " " : "") + text;
    }
}
