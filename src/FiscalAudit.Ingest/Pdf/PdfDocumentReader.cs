using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>
/// Reads PDF files with PdfPig: each page goes through the layout chain (<see cref="PageAnalyzer"/>) — ruled
/// tables, page furniture removed, tables without rulings — then blocks are assembled across pages. Pages without text but with images
/// are scans, recognised by OCR where it is installed (<see cref="ScanRecogniser"/>) and read like the other pages; text hidden by clipping
/// is not read. A file without any text (also after OCR), encrypted, corrupt or truncated raises <see cref="DocumentReadException"/>.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    private readonly PageAnalyzer analyzer;
    private readonly FixedLayoutChain chain;
    private readonly ScanRecogniser recogniser;

    public PdfDocumentReader(PageAnalyzer? analyzer = null, PageFurnitureFilter? furniture = null, PdfAssemblyOptions? assembly = null, ScanRecogniser? recogniser = null)
    {
        this.recogniser = recogniser ?? ScanRecogniser.OnPath;
        this.analyzer = analyzer ?? new PageAnalyzer();
        chain = new FixedLayoutChain(this.analyzer, furniture ?? new PageFurnitureFilter(), assembly ?? new PdfAssemblyOptions());
    }

    public string Format => "pdf";

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => extension == ".pdf" || PdfFileCheck.HasHeader(head);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        PdfFileCheck.Ensure(path, content);
        var layers = new Dictionary<int, TextLayer>();
        var scans = new ScanReading(recogniser, analyzer, content, ReadPages(path, content, layers, cancellation), layers, cancellation);
        return chain.Read(path, Format, scans, cancellation);
    }

    /// <summary>The pages as read from their text; a page that is a scan with a thin text layer is a scanned page, its text in <paramref name="layers"/>.</summary>
    private List<PageLayout> ReadPages(string path, byte[] content, Dictionary<int, TextLayer> layers, CancellationToken cancellation)
    {
        try
        {
            // Clipping applied: some PDFs draw a text flow whole on every page it spans and clip it to the part
            // the page shows; only the visible letters (and the visible parts of drawn lines) are read.
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = true };
            using var pdf = PdfDocument.Open(LargeFontPrograms.Hide(content, options), options);
            var pages = new List<PageLayout>(pdf.NumberOfPages);
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                cancellation.ThrowIfCancellationRequested();
                var page = pdf.GetPage(number);
                if (page.Letters.Count > 0 && ThinTextLayer.Over(page, recogniser.Settings.ThinText))
                    layers[number] = new TextLayer(PdfPageSource.Glyphs(page).ToList(), PdfPageSource.Segments(page).ToList());
                pages.Add(page.Letters.Count == 0 || layers.ContainsKey(number)
                    ? new PageLayout(number, page.Width, page.Height, Array.Empty<object>(), Scanned: page.NumberOfImages > 0)
                    : analyzer.Ruled(number, page.Width, page.Height, PdfPageSource.Glyphs(page), PdfPageSource.Segments(page)));
            }
            return pages;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException($"PDF 文件“{path}”已加密（需要密码或禁止提取文字），无法读取。请提供未加密的文件。", e);
        }
        catch (Exception e) when (e is not DocumentReadException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new DocumentReadException($"PDF 文件“{path}”已损坏或结构无法解析，无法读取（{e.GetType().Name}: {e.Message}）。", e);
        }
    }
}
