namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Where one column of an aligned table ends and the next begins: in the gap between two columns, the
/// middle of the widest stretch no character of the table's lines stands on (so a header wider than its
/// figures, or two headers printed close together, fall on their own sides), else the middle of the gap.
/// </summary>
internal static class ColumnBoundaries
{
    /// <summary>The x-positions: before the first column, between each two, after the last.</summary>
    public static List<double> Of(IReadOnlyList<(double Left, double Right)> columns, IReadOnlyList<PdfLine> lines)
    {
        var inked = Inked(lines);
        var xs = new List<double> { Math.Min(columns[0].Left, inked.Count > 0 ? inked[0].Left : columns[0].Left) - 1 };
        for (var c = 1; c < columns.Count; c++) xs.Add(Between(columns[c - 1].Right, columns[c].Left, inked));
        xs.Add(Math.Max(columns[^1].Right, inked.Count > 0 ? inked.Max(i => i.Right) : columns[^1].Right) + 1);
        return xs;
    }

    /// <summary>True when no character of <paramref name="lines"/> stands on <paramref name="x"/>.</summary>
    public static bool IsClear(double x, IReadOnlyList<(double Left, double Right)> inked) => !inked.Any(i => i.Left < x && x < i.Right);

    /// <summary>The horizontal extents of every character of the lines, overlapping ones joined, left to right.</summary>
    public static List<(double Left, double Right)> Inked(IEnumerable<PdfLine> lines)
    {
        var extents = lines.SelectMany(l => l.Words).SelectMany(w => Enumerable.Range(0, w.Text.Length).Where(i => !char.IsWhiteSpace(w.Text[i])).Select(i => w.Extent(i, i + 1)))
            .OrderBy(e => e.Left).ToList();
        var joined = new List<(double Left, double Right)>();
        foreach (var e in extents)
        {
            if (joined.Count > 0 && e.Left <= joined[^1].Right) joined[^1] = (joined[^1].Left, Math.Max(joined[^1].Right, e.Right));
            else joined.Add(e);
        }
        return joined;
    }

    private static double Between(double from, double to, List<(double Left, double Right)> inked)
    {
        if (to <= from) return (from + to) / 2;
        var best = (Left: from, Right: from);
        var start = from;
        foreach (var (left, right) in inked.Where(i => i.Right > from && i.Left < to))
        {
            if (left > start && left - start > best.Right - best.Left) best = (start, left);
            start = Math.Max(start, right);
        }
        if (to > start && to - start > best.Right - best.Left) best = (start, to);
        return best.Right > best.Left ? (best.Left + best.Right) / 2 : (from + to) / 2;
    }
}
