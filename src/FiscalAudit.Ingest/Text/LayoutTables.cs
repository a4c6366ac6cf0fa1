using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Tables a web page uses only for layout — one cell that holds the real table (and the text around it), as
/// government sites wrap their articles — are taken apart: their own table, row and cell tags become block
/// breaks, so the table inside is read as the table and the text around it as paragraphs.
/// </summary>
internal static partial class LayoutTables
{
    [GeneratedRegex(@"<(/?)(table|tr|td|th)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex StructureTag();

    private sealed class Frame(Match open)
    {
        public List<Match> Tags { get; } = [open];

        public int Cells { get; set; }

        public bool HoldsTable { get; set; }
    }

    public static string Unwrap(string html)
    {
        var layout = new List<Match>();
        var open = new Stack<Frame>();
        foreach (Match tag in StructureTag().Matches(html))
        {
            var closing = tag.Groups[1].Length > 0;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (name == "table" && !closing)
            {
                if (open.TryPeek(out var outer)) outer.HoldsTable = true;
                open.Push(new Frame(tag));
                continue;
            }
            if (!open.TryPeek(out var frame)) continue;
            frame.Tags.Add(tag);
            if (name is "td" or "th" && !closing) frame.Cells++;
            if (name == "table" && closing && open.Pop() is { Cells: <= 1, HoldsTable: true } finished) layout.AddRange(finished.Tags);
        }
        if (layout.Count == 0) return html;
        var result = new System.Text.StringBuilder(html.Length);
        var at = 0;
        foreach (var tag in layout.OrderBy(t => t.Index))
        {
            result.Append(html, at, tag.Index - at).Append("<div>");
            at = tag.Index + tag.Length;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }
}
