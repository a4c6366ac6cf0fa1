namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Where one column of an aligned table ends and the next begins: in the gap between two columns, the
/// middle of the widest stretch no character of the table's lines stands on (so a header wider than its
/// figures, or two headers printed close together, fall on their own sides), else the middle of the gap. After a
/// column set flush left (its lines all start at one x and end at different ones: names), text starting in the gap
/// apart from the text before it cannot be that column's (it would start where the column's words start): the boundary stays left of it
/// (“决算数” set at the left of a column of amounts set flush right, nearer the names than the amounts). Before a column whose text lines
/// start at its left edge (a header cell set flush left, wrapped: “政府性基金预算/财政拨款”), ink in the gap is the column before's
/// (the last character of its wrapped header, “一般公共预算财/政拨款”, reaching to the gap): the boundary stays right of it.
/// </summary>
internal static class ColumnBoundaries
{
    /// <summary>The x-positions: before the first column, between each two, after the last.</summary>
    public static List<double> Of(IReadOnlyList<(double Left, double Right)> columns, IReadOnlyList<PdfLine> lines)
    {
        var inked = Inked(lines);
        var xs = new List<double> { Math.Min(columns[0].Left, inked.Count > 0 ? inked[0].Left : columns[0].Left) - 1 };
        for (var c = 1; c < columns.Count; c++)
        {
            var (from, to) = (columns[c - 1].Right, columns[c].Left);
            if (FlushLeft(columns[c - 1], lines)) to = Math.Min(to, FirstApart(from, to, lines));
            else if (TextStart(columns[c], lines) is { } start && start > from && IsClear(start - Slack, inked))
                (from, to) = (inked.Where(i => i.Right <= start).Select(i => i.Right).Append(from).Max(), Math.Min(to, start));
            xs.Add(Between(from, to, inked));
        }
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

    /// <summary>The text of each line standing within <paramref name="column"/> starts within half a character of the others' and ends more than a character apart.</summary>
    private static bool FlushLeft((double Left, double Right) column, IReadOnlyList<PdfLine> lines)
    {
        var cells = lines.Select(l => l.Words.Where(w => w.Box.Left >= column.Left - Slack && w.Box.Right <= column.Right + Slack).ToList())
            .Where(w => w.Count > 0).Select(w => (w[0].Box.Left, w[^1].Box.Right, w.Max(x => x.FontSize))).ToList();
        if (cells.Count < MinFlushLines) return false;
        var size = cells.Max(c => c.Item3);
        return cells.Max(c => c.Left) - cells.Min(c => c.Left) <= size / 2 && cells.Max(c => c.Right) - cells.Min(c => c.Right) > size;
    }

    /// <summary>
    /// Where the text lines of <paramref name="column"/> start when at least two of them (no figures) start within half a character
    /// of its left edge: a cell's lines set flush left; null otherwise.
    /// </summary>
    private static double? TextStart((double Left, double Right) column, IReadOnlyList<PdfLine> lines)
    {
        var starts = lines.Select(l => l.Words.FirstOrDefault(w => w.StartsAt(column.Left))).OfType<PdfWord>()
            .Where(w => !w.Text.Any(char.IsAsciiDigit)).ToList();
        return starts.Count >= 2 ? starts.Min(w => w.Box.Left) : null;
    }

    /// <summary>The left edge of the first text standing apart from the text before it (by more than a character) that starts between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static double FirstApart(double from, double to, IReadOnlyList<PdfLine> lines)
    {
        var first = to;
        foreach (var words in lines.Select(l => l.Words))
        {
            for (var i = 0; i < words.Count; i++)
            {
                var left = words[i].Box.Left;
                if (left > from && left < first && (i == 0 || left - words[i - 1].Box.Right > words[i].FontSize)) first = left;
            }
        }
        return first;
    }

    /// <summary>A column shows how it is set from at least this many lines.</summary>
    private const int MinFlushLines = 3;

    /// <summary>Points a word may reach over its column's ink and still stand in it (rounding of glyph boxes).</summary>
    private const double Slack = 0.5;

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
