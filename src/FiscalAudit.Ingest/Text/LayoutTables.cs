using System.Text;
using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Tables a web page uses only for layout — a cell that holds the real table (and the text around it), as government
/// sites wrap their articles, with at most furniture beside it (a side navigation of links, spacer cells:
/// <see cref="FurnitureCells"/>) — are taken apart: their own table, row and cell tags become block breaks, so the
/// table inside is read as the table and the text around it as paragraphs, and their furniture cells are left out.
/// </summary>
internal static partial class LayoutTables
{
    [GeneratedRegex(@"<(/?)(table|tr|td|th)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex StructureTag();

    /// <summary>A cell: where its content starts and ends, and whether it holds a table.</summary>
    private sealed class Cell(int start)
    {
        public int Start { get; } = start;

        public int End { get; set; } = -1;

        public bool HoldsTable { get; set; }
    }

    /// <summary>An open table: its own structure tags and cells.</summary>
    private sealed class Frame(Match open)
    {
        public List<Match> Tags { get; } = [open];

        public List<Cell> Cells { get; } = [];

        public Cell? Current { get; private set; }

        public bool HoldsTable { get; set; }

        /// <summary>Any structure tag of this table ends the cell that is open.</summary>
        public void Add(Match tag, bool opensCell)
        {
            Tags.Add(tag);
            if (Current is { } cell) cell.End = tag.Index;
            Current = null;
            if (!opensCell) return;
            Current = new Cell(tag.Index + tag.Length);
            Cells.Add(Current);
        }

        public bool IsLayout(string html, out List<Cell> furniture)
        {
            furniture = Cells.Where(c => !c.HoldsTable && c.End >= 0 && FurnitureCells.Is(html[c.Start..c.End])).ToList();
            return HoldsTable && Cells.Count - furniture.Count <= 1;
        }
    }

    public static string Unwrap(string html)
    {
        var cuts = new List<(int Start, int End)>();
        var open = new Stack<Frame>();
        foreach (Match tag in StructureTag().Matches(html))
        {
            var closing = tag.Groups[1].Length > 0;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (name == "table" && !closing)
            {
                if (open.TryPeek(out var outer))
                {
                    outer.HoldsTable = true;
                    if (outer.Current is { } cell) cell.HoldsTable = true;
                }
                open.Push(new Frame(tag));
                continue;
            }
            if (!open.TryPeek(out var frame)) continue;
            frame.Add(tag, opensCell: name is "td" or "th" && !closing);
            if (name != "table") continue;
            if (!open.Pop().IsLayout(html, out var furniture)) continue;
            cuts.AddRange(frame.Tags.Select(t => (t.Index, t.Index + t.Length)));
            cuts.AddRange(furniture.Select(c => (c.Start, c.End)));
        }
        return cuts.Count == 0 ? html : Cut(html, cuts);
    }

    /// <summary>The page with each cut replaced by a block break.</summary>
    private static string Cut(string html, List<(int Start, int End)> cuts)
    {
        var result = new StringBuilder(html.Length);
        var at = 0;
        foreach (var (start, end) in cuts.OrderBy(c => c.Start))
        {
            if (start < at) continue;
            result.Append(html, at, start - at).Append("<div>");
            at = end;
        }
        return result.Append(html, at, html.Length - at).ToString();
    }
}
