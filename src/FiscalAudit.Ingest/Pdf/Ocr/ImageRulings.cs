using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// The ruling lines of a scanned page: long straight runs of dark pixels, a few pixels thick (a little more when the scan is
/// skewed; see <see cref="Extract"/> for a straightened scan). They become the <see cref="Segment"/>s a drawn table border gives, and are erased from the image, since text
/// recognition reads lines through characters as strokes and bars.
/// </summary>
public static class ImageRulings
{
    /// <summary>
    /// Finds the rulings of <paramref name="image"/> (rendered at <paramref name="dpi"/>), erases them, and returns them in PDF
    /// points. On a <paramref name="straightened"/> scan (<see cref="ScanCleaning"/>) a thin line steps from one row of pixels
    /// to the next and is broken in places: a pixel counts as dark with the pixel next to it across the line, and a run goes
    /// on over small gaps (ocr.json, rulingGapPoints).
    /// </summary>
    public static IReadOnlyList<Segment> Extract(GrayImage image, double dpi, OcrSettings settings, bool straightened = false)
    {
        var scale = 72.0 / dpi;
        var minRun = Math.Max(2, (int)Math.Ceiling(settings.RulingMinPoints / scale));
        var thickness = Math.Max(1, (int)Math.Round(settings.RulingMaxThicknessPoints / scale));
        var gap = straightened ? (int)Math.Round(settings.RulingGapPoints / scale) : 0;
        var across = straightened ? 1 : 0;
        int width = image.Width, height = image.Height, dark = settings.DarkThreshold;
        var pixels = image.Pixels;
        var rows = Lines(height, width, (y, x) => pixels[y * width + x] < dark || (y + across < height && pixels[(y + across) * width + x] < dark), minRun, gap, thickness, settings.SkewPerLength);
        var columns = Lines(width, height, (x, y) => pixels[y * width + x] < dark || (x + across < width && pixels[y * width + x + across] < dark), minRun, gap, thickness, settings.SkewPerLength);
        (rows, columns) = Drawn(rows, columns, (int)Math.Ceiling(settings.RulingGlyphPoints / scale), thickness);
        foreach (var run in rows.SelectMany(l => l.Runs)) Erase(run, height, (y, x) => pixels[y * width + x] = 255);
        foreach (var run in columns.SelectMany(l => l.Runs)) Erase(run, width, (x, y) => pixels[y * width + x] = 255);
        var top = height * scale;
        return rows.Select(l => new Segment(l.InnerFrom * scale, top - l.OuterMiddle * scale, (l.InnerTo + 1) * scale, top - l.OuterMiddle * scale))
            .Concat(columns.Select(l => new Segment(l.OuterMiddle * scale, top - (l.InnerTo + 1) * scale, l.OuterMiddle * scale, top - l.InnerFrom * scale)))
            .ToList();
    }

    /// <summary>A dark run along a row (or column) <see cref="Outer"/>, from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
    private readonly record struct Run(int Outer, int From, int To)
    {
        public bool Overlaps(Run other) => From <= other.To && other.From <= To;
    }

    /// <summary>Runs on consecutive rows (or columns) that overlap: one line.</summary>
    private sealed class Line(Run first)
    {
        public List<Run> Runs { get; } = [first];
        public List<Run> Last { get; set; } = [first];
        public List<Run> Current { get; set; } = [];
        public int OuterFrom { get; } = first.Outer;
        public int OuterTo { get; set; } = first.Outer;
        public int InnerFrom { get; set; } = first.From;
        public int InnerTo { get; set; } = first.To;
        public double OuterMiddle => (OuterFrom + OuterTo + 1) / 2.0;

        public void Add(Run run)
        {
            Runs.Add(run);
            Current.Add(run);
            OuterTo = run.Outer;
            InnerFrom = Math.Min(InnerFrom, run.From);
            InnerTo = Math.Max(InnerTo, run.To);
        }

        public bool IsRuling(int thickness, double skew) => OuterTo - OuterFrom + 1 <= thickness + skew * (InnerTo - InnerFrom + 1);
    }

    /// <summary>
    /// The <paramref name="rows"/> and <paramref name="columns"/> that are drawn: each group of lines touching one another
    /// (within <paramref name="reach"/> pixels) in which one is longer than <paramref name="glyph"/> pixels — a table's grid,
    /// a rule. The strokes of a large glyph (a letterhead, a title) are as long and thin as a cell's ruling, but none is
    /// longer than the glyph, and they touch only strokes of their own glyph and its neighbours: they stay print.
    /// </summary>
    private static (List<Line> Rows, List<Line> Columns) Drawn(List<Line> rows, List<Line> columns, int glyph, int reach)
    {
        var lines = rows.Concat(columns).ToList();
        var group = Enumerable.Range(0, lines.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                if (Touch(rows[r], columns[c], reach)) group[Root(r)] = Root(rows.Count + c);
        var drawn = lines.Select((l, i) => (l, i)).Where(p => p.l.InnerTo - p.l.InnerFrom + 1 > glyph).Select(p => Root(p.i)).ToHashSet();
        bool IsDrawn(int i) => drawn.Contains(Root(i));
        return (rows.Where((_, r) => IsDrawn(r)).ToList(), columns.Where((_, c) => IsDrawn(rows.Count + c)).ToList());
    }

    /// <summary>Whether a line along the rows and one along the columns meet or cross, within <paramref name="reach"/> pixels.</summary>
    private static bool Touch(Line row, Line column, int reach) =>
        column.OuterFrom <= row.InnerTo + reach && row.InnerFrom - reach <= column.OuterTo
        && row.OuterFrom <= column.InnerTo + reach && column.InnerFrom - reach <= row.OuterTo;

    /// <summary>The lines along the rows of a grid of <paramref name="outerCount"/> rows × <paramref name="innerCount"/> pixels.</summary>
    private static List<Line> Lines(int outerCount, int innerCount, Func<int, int, bool> dark, int minRun, int gap, int thickness, double skew)
    {
        var open = new List<Line>();
        var found = new List<Line>();
        for (var outer = 0; outer <= outerCount; outer++)
        {
            foreach (var run in outer < outerCount ? Runs(outer, innerCount, dark, minRun, gap) : [])
            {
                var line = open.FirstOrDefault(l => l.Last.Any(run.Overlaps));
                if (line is null) open.Add(new Line(run) { Last = [], Current = [run] });
                else line.Add(run);
            }
            foreach (var line in open.Where(l => l.Current.Count == 0).ToList())
            {
                open.Remove(line);
                if (line.IsRuling(thickness, skew)) found.Add(line);
            }
            foreach (var line in open)
            {
                line.Last = line.Current;
                line.Current = [];
            }
        }
        return found;
    }

    /// <summary>The dark runs of at least <paramref name="minRun"/> pixels along row <paramref name="outer"/>, going on over gaps of at most <paramref name="gap"/> light pixels (a faint line printed or scanned unevenly).</summary>
    private static IEnumerable<Run> Runs(int outer, int innerCount, Func<int, int, bool> dark, int minRun, int gap)
    {
        int start = -1, last = -1;
        for (var inner = 0; inner <= innerCount; inner++)
        {
            var isDark = inner < innerCount && dark(outer, inner);
            if (isDark)
            {
                if (start < 0) start = inner;
                last = inner;
                continue;
            }
            if (start < 0 || (inner < innerCount && inner - last <= gap)) continue;
            if (last - start + 1 >= minRun) yield return new Run(outer, start, last);
            start = -1;
        }
    }

    /// <summary>Whitens a run and the two pixels on either side of it across its direction (the grey edge of a printed line).</summary>
    private static void Erase(Run run, int outerCount, Action<int, int> whiten)
    {
        for (var outer = Math.Max(0, run.Outer - 2); outer <= Math.Min(outerCount - 1, run.Outer + 2); outer++)
            for (var inner = run.From; inner <= run.To; inner++) whiten(outer, inner);
    }
}
