using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Lines of words set at chosen places, as a PDF printed without ruling lines gives them, and their reading.</summary>
internal static class PlacedLine
{
    /// <summary>A line of words of <paramref name="size"/> points set at the given left edges (a Chinese character an em wide, others half).</summary>
    public static PdfLine At(double baseline, params (string Text, double Left)[] words) => Sized(10, baseline, words);

    public static PdfLine Sized(double size, double baseline, params (string Text, double Left)[] words) =>
        new(words.Select(w => new PdfWord(w.Text, new BoundingBox(w.Left, baseline - 0.2 * size, w.Left + w.Text.Sum(c => c < 0x2E80 ? size / 2 : size), baseline + 0.8 * size), baseline, size)).ToList());

    /// <summary>The blocks of pages of such lines, each page's tables found from the alignment of its words.</summary>
    public static IReadOnlyList<Block> Read(params PdfLine[][] pages)
    {
        var analyzer = new PageAnalyzer();
        var alignment = new RowAlignment();
        return new PdfBlockAssembler("x.pdf").Assemble(pages.Select((lines, i) => analyzer.Aligned(new PageLayout(i + 1, 600, 800, lines), alignment)).ToList()).Blocks;
    }
}
