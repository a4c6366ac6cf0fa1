namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="PageRegions"/>.</summary>
/// <param name="GutterWidth">A gutter between two sides is at least this many font sizes wide.</param>
/// <param name="MinSideItems">Each side holds at least this many lines or tables (its title among them).</param>
public sealed record PageRegionOptions(double GutterWidth = 1.0, int MinSideItems = 3);

/// <summary>
/// A page's parts read each in its own order: two tables printed side by side (a sheet printing both on one page, a table of two
/// columns each holding a table) stand on either side of a gutter — blank paper free of words and of ruled tables — that runs
/// down from a line holding a title on each side (“收入决算表 … 支出决算表”, two titles on one baseline) to the first line or table
/// that crosses it. The part above, the left side, the right side and the part below are read one after the other; lines on both
/// sides are cut at the gutter. A table's river between its columns is no gutter: no title stands on each side of it (a table's
/// number, “公开07表”, printed on its title's line is no title).
/// </summary>
public sealed class PageRegions
{
    private readonly PageRegionOptions options;

    public PageRegions(PageRegionOptions? options = null)
    {
        this.options = options ?? new PageRegionOptions();
    }

    /// <summary>The parts of a page whose <paramref name="items"/> (lines and tables, top to bottom) are given, in reading order.</summary>
    public IReadOnlyList<IReadOnlyList<object>> Split(IReadOnlyList<object> items)
    {
        var parts = new List<IReadOnlyList<object>>();
        var across = new List<object>();
        for (var start = 0; start < items.Count; start++)
        {
            if (Band(items, start) is not var (end, gutter))
            {
                across.Add(items[start]);
                continue;
            }
            if (across.Count > 0) parts.Add(across);
            across = [];
            var band = items.Skip(start).Take(end - start + 1).ToList();
            parts.Add(band.SelectMany(i => Side(i, w => w < gutter)).ToList());
            parts.Add(band.SelectMany(i => Side(i, w => w > gutter)).ToList());
            start = end;
        }
        if (across.Count > 0) parts.Add(across);
        return parts;
    }

    /// <summary>
    /// The band of items opening at <paramref name="start"/> with a title on each side of a gap, down to the last item before one that
    /// crosses every part of the gap left free by those above it, or is set in type as large as the titles (a heading after both tables);
    /// the gutter is the rightmost free part (a river between columns of the table on the left may be free too; the one on the right opens
    /// where its title does). Null when there is none with enough items on each side.
    /// </summary>
    private (int End, double Gutter)? Band(IReadOnlyList<object> items, int start)
    {
        if (items[start] is not PdfLine { Words.Count: >= 2 } titles) return null;
        // Measured in the type of the lines under the titles.
        var width = options.GutterWidth * Math.Min(titles.FontSize, start + 1 < items.Count && items[start + 1] is PdfLine next ? next.FontSize : titles.FontSize);
        (int End, double Gutter)? best = null;
        for (var w = 1; w < titles.Words.Count; w++)
        {
            var gap = (titles.Words[w - 1].Box.Right, titles.Words[w].Box.Left);
            if (gap.Item2 - gap.Item1 < width || !IsTitle(titles.Words.Take(w)) || !IsTitle(titles.Words.Skip(w))) continue;
            var free = new List<(double Left, double Right)> { gap };
            var (end, body) = (start, titles.FontSize);
            while (end + 1 < items.Count && !(items[end + 1] is PdfLine { FontSize: var size } && size > body + 0.5 && size >= titles.FontSize - 0.5)
                && Free(free, Extents(items[end + 1]), width) is { Count: > 0 } narrower)
            {
                free = narrower;
                end++;
                if (items[end] is PdfLine line) body = Math.Min(body, line.FontSize);
            }
            var band = items.Skip(start).Take(end - start + 1).ToList();
            var gutter = (free[^1].Left + free[^1].Right) / 2;
            if (band.Count(i => Extents(i).Any(e => e.Right < gutter)) >= options.MinSideItems
                && band.Count(i => Extents(i).Any(e => e.Left > gutter)) >= options.MinSideItems
                && (best is null || end > best.Value.End))
                best = (end, gutter);
        }
        return best;
    }

    /// <summary>The words are a title: a title's shape, no table's marker (a title and its “公开07表” on one line are one table's).</summary>
    private static bool IsTitle(IEnumerable<PdfWord> words) => TableMarker.IsTitle(new PdfLine(words.ToList()).Text);

    /// <summary>The parts of the <paramref name="free"/> gaps no extent covers, those at least <paramref name="width"/> wide.</summary>
    private static List<(double Left, double Right)> Free(List<(double Left, double Right)> free, IEnumerable<(double Left, double Right)> extents, double width)
    {
        foreach (var (l, r) in extents)
            free = free.SelectMany(p => r <= p.Left || l >= p.Right ? [p] : new[] { (p.Left, l), (r, p.Right) }).ToList();
        return free.Where(p => p.Right - p.Left >= width).ToList();
    }

    /// <summary>The horizontal extents of an item's ink: a line's words, a table's box.</summary>
    private static IEnumerable<(double Left, double Right)> Extents(object item) => item switch
    {
        PdfLine line => line.Words.Select(w => (w.Box.Left, w.Box.Right)),
        PageTable table => [(table.Box.Left, table.Box.Right)],
        _ => [],
    };

    /// <summary>The item's part on one side of the gutter: the words of a line there, a table standing there.</summary>
    private static IEnumerable<object> Side(object item, Func<double, bool> on)
    {
        if (item is PageTable table)
        {
            if (on((table.Box.Left + table.Box.Right) / 2)) yield return table;
        }
        else if (item is PdfLine line && line.Words.Where(w => on(w.CenterX)).ToList() is { Count: > 0 } words)
        {
            yield return words.Count == line.Words.Count ? line : new PdfLine(words);
        }
    }
}
