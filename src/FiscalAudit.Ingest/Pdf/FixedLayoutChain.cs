using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// The layout chain of a fixed-layout file (PDF, OFD) after each page's ruled reading (<see cref="PageAnalyzer.Ruled"/>) and the
/// recognition of its scanned pages (<see cref="ScanReading"/>): page furniture removed across pages, tables without rulings found,
/// blocks assembled across pages, the notes on scanned and damaged pages added, the places on the pages read (turned upright, halves of a sheet of two pages) put back on the PDF's pages (<see cref="PagePlacements"/>).
/// </summary>
internal sealed class FixedLayoutChain(PageAnalyzer? analyzer, PageFurnitureFilter? furniture, PdfAssemblyOptions? assembly)
{
    private readonly PageFurnitureFilter furniture = furniture ?? new PageFurnitureFilter();
    private readonly PdfAssemblyOptions assembly = assembly ?? new PdfAssemblyOptions();

    /// <summary>The analyzer given, the default one without.</summary>
    public PageAnalyzer Analyzer { get; } = analyzer ?? new PageAnalyzer();

    /// <summary>The document of the pages <paramref name="scans"/> holds; a file without any text raises <see cref="DocumentReadException"/>.</summary>
    public SourceDocument Read(string path, string format, ScanReading scans, CancellationToken cancellation)
    {
        var alignment = new RowAlignment();
        var pages = furniture.Filter(scans.Pages).Select(p => Analyzer.Aligned(p, alignment)).ToList();
        cancellation.ThrowIfCancellationRequested();
        if (pages.All(p => p.Items.Count == 0)) throw new DocumentReadException(DamagedPages.Unreadable(path, pages, scans));
        var (blocks, lines) = new PdfBlockAssembler(path, assembly).Assemble(pages);
        var document = new SourceDocument(path, format, blocks, lines, pages.Count) {
            RecognisedPages = scans.Recognised.ToHashSet(),
            RunningLines = furniture.Running(path, scans.Pages),
        };
        document.Notes.AddRange(scans.Notes(path, pages));
        document.Notes.AddRange(DamagedPages.Notes(path, pages, scans.Placements.Page));
        return scans.Placements.Back(document);
    }
}
