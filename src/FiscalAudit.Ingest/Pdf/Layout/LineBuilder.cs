namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="LineBuilder"/>.</summary>
/// <param name="BaselineTolerance">Words whose baselines differ by at most this many font sizes share a line.</param>
public sealed record LineBuilderOptions(double BaselineTolerance = 0.35);

/// <summary>Words → lines, top to bottom, each line left to right.</summary>
public sealed class LineBuilder
{
    private readonly LineBuilderOptions options;

    public LineBuilder(LineBuilderOptions? options = null)
    {
        this.options = options ?? new LineBuilderOptions();
    }

    public IReadOnlyList<PdfLine> Build(IEnumerable<PdfWord> words)
    {
        var lines = new List<PdfLine>();
        var group = new List<PdfWord>();
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            if (group.Count > 0 && group[0].Baseline - word.Baseline > options.BaselineTolerance * Math.Max(word.FontSize, group[0].FontSize))
            {
                lines.Add(new PdfLine(group.OrderBy(w => w.Box.Left).ToList()));
                group = new List<PdfWord>();
            }
            group.Add(word);
        }
        if (group.Count > 0) lines.Add(new PdfLine(group.OrderBy(w => w.Box.Left).ToList()));
        return lines;
    }
}
