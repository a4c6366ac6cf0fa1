using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Words sharing one baseline, left to right. <see cref="Text"/> joins them (no space between CJK).</summary>
public sealed class PdfLine
{
    public PdfLine(IReadOnlyList<PdfWord> words)
    {
        Words = words;
        Box = words.Skip(1).Aggregate(words[0].Box, (box, w) => box.Union(w.Box));
        Baseline = words.Average(w => w.Baseline);
        FontSize = words.GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Text.Length)).ThenByDescending(g => g.Key).First().Key;
        Text = words.Aggregate(string.Empty, (text, w) => ParagraphJoiner.Join(text, w.Text));
    }

    public IReadOnlyList<PdfWord> Words { get; }

    public BoundingBox Box { get; }

    public double Baseline { get; }

    /// <summary>The font size carrying most characters of the line.</summary>
    public double FontSize { get; }

    public string Text { get; }
}
