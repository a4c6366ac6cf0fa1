using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// The layout chain of a fixed-layout file (PDF, OFD) after each page's ruled reading (<see cref="PageAnalyzer.Ruled"/>):
/// page furniture removed across pages, tables without rulings found, blocks assembled across pages.
/// </summary>
internal sealed class FixedLayoutChain(PageAnalyzer analyzer, PageFurnitureFilter furniture, PdfAssemblyOptions assembly)
{
    public PageAnalyzer Analyzer => analyzer;

    /// <summary>The pages read by <see cref="PageAnalyzer.Ruled"/>, furniture removed and tables without rulings found.</summary>
    public List<PageLayout> Aligned(IReadOnlyList<PageLayout> ruled)
    {
        var alignment = new RowAlignment();
        return furniture.Filter(ruled).Select(p => analyzer.Aligned(p, alignment)).ToList();
    }

    /// <summary>The document of the <paramref name="pages"/> (<see cref="Aligned"/>), its blocks assembled across pages.</summary>
    public SourceDocument Document(string path, string format, IReadOnlyList<PageLayout> pages, IReadOnlySet<int>? recognised = null)
    {
        var (blocks, lines) = new PdfBlockAssembler(path, assembly).Assemble(pages);
        return new SourceDocument(path, format, blocks, lines, pages.Count) { RecognisedPages = recognised ?? new HashSet<int>() };
    }
}
