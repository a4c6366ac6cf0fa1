using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// Document-wide text measures the assembler judges lines against: the body font size, the sizes that
/// mark headings, and the left/right edges of body text for each page width (portrait and landscape differ).
/// </summary>
public sealed class BodyMetrics
{
    private const int MinimumBodyLineLength = 8;
    private readonly Dictionary<long, (double Left, double Right)> edges;
    private readonly IReadOnlyList<double> headingSizes;

    private BodyMetrics(double fontSize, IReadOnlyList<double> headingSizes, Dictionary<long, (double Left, double Right)> edges)
    {
        FontSize = fontSize;
        this.headingSizes = headingSizes;
        this.edges = edges;
    }

    public double FontSize { get; }

    public static BodyMetrics Measure(IReadOnlyList<PageLayout> pages, double headingSizeRatio)
    {
        var lines = pages.SelectMany(p => p.Lines.Select(l => (Page: p, Line: l))).ToList();
        var fontSize = lines.Count == 0 ? 10 : lines.GroupBy(x => x.Line.FontSize)
            .OrderByDescending(g => g.Sum(x => x.Line.Text.Length)).ThenBy(g => g.Key).First().Key;
        var headings = lines.Select(x => x.Line.FontSize).Where(s => s >= fontSize * headingSizeRatio).Distinct().OrderByDescending(s => s).ToList();
        var edges = new Dictionary<long, (double, double)>();
        foreach (var group in lines.Where(x => x.Line.Text.Length >= MinimumBodyLineLength && Math.Abs(x.Line.FontSize - fontSize) <= 1).GroupBy(x => WidthKey(x.Page)))
        {
            edges[group.Key] = (Percentile(group.Select(x => x.Line.Box.Left), 0.1), Percentile(group.Select(x => x.Line.Box.Right), 0.9));
        }
        return new BodyMetrics(fontSize, headings, edges);
    }

    public bool IsHeading(PdfLine line) => headingSizes.Contains(line.FontSize);

    /// <summary>1 for the largest heading size, 2 for the next, … (at most 6).</summary>
    public int HeadingLevel(double size)
    {
        var i = 0;
        while (i < headingSizes.Count && headingSizes[i] > size) i++;
        return Math.Min(i + 1, 6);
    }

    /// <summary>Left and right edge of body text on pages as wide as <paramref name="page"/>.</summary>
    public (double Left, double Right) Edges(PageLayout page) =>
        edges.TryGetValue(WidthKey(page), out var e) ? e : (page.Width * 0.12, page.Width * 0.88);

    private static long WidthKey(PageLayout page) => (long)Math.Round(page.Width);

    private static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[(int)Math.Round((sorted.Count - 1) * fraction)];
    }
}
