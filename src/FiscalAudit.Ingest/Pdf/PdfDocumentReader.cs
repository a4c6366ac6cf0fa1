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
/// is not read. A page whose content, fonts or images cannot be parsed is left unread, with a note (<see cref="DamagedPages"/>); a file
/// without any text (also after OCR), encrypted, corrupt or truncated raises <see cref="DocumentReadException"/>.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>The size in points of an A4 page.</summary>
    private static readonly (double Width, double Height) A4 = (595.28, 841.89);

    private readonly FixedLayoutChain chain;
    private readonly ScanRecogniser recogniser;

    public PdfDocumentReader(PageAnalyzer? analyzer = null, PageFurnitureFilter? furniture = null, PdfAssemblyOptions? assembly = null, ScanRecogniser? recogniser = null)
    {
        this.recogniser = recogniser ?? ScanRecogniser.OnPath;
        chain = new FixedLayoutChain(analyzer, furniture, assembly);
    }

    public string Format => "pdf";

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => extension == ".pdf" || PdfFileCheck.HasHeader(head);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        PdfFileCheck.Ensure(path, content);
        var layers = new Dictionary<int, TextLayer>();
        var scans = new ScanReading(recogniser, chain.Analyzer, content, ReadPages(path, content, layers, cancellation), layers, cancellation);
        return chain.Read(path, Format, scans, cancellation);
    }

    /// <summary>
    /// The pages as read from their text; a page that is a scan with a thin text layer is a scanned page, its text in <paramref name="layers"/>;
    /// a page whose letters are mojibake is a garbled page, read from its image as a scan;
    /// a page that cannot be read (<see cref="PdfPageInk.Read"/>) is a damaged page, the size of the page before it (A4 for the first).
    /// </summary>
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
                var ink = PdfPageInk.Read(pdf, number, recogniser.Settings);
                if (ink is { ThinText: true }) layers[number] = new TextLayer(ink.Glyphs, ink.Segments);
                pages.Add(ink is null ? new PageLayout(number, pages.LastOrDefault()?.Width ?? A4.Width, pages.LastOrDefault()?.Height ?? A4.Height, [], Damaged: true)
                    : ink.Garbled ? new PageLayout(number, ink.Width, ink.Height, [], Scanned: true, Garbled: true, Rotate: ink.Rotate, Origin: ink.Origin)
                    : !ink.HasText || ink.ThinText ? new PageLayout(number, ink.Width, ink.Height, [], Scanned: ink.HasImages, Rotate: ink.Rotate, Origin: ink.Origin)
                    : chain.Analyzer.Ruled(number, ink.Width, ink.Height, ink.Glyphs, ink.Segments));
            }
            return pages;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException($"PDF 文件“{path}”已加密（需要密码或禁止提取文字），无法读取。请提供未加密的文件。", e);
        }
        catch (Exception e) when (e is not DocumentReadException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new DocumentReadException($"PDF 文件“{path}”已损坏或结构无法解析，无法读取。请重新获取原文件，或用 PDF 软件重新导出后再审核。", e);
        }
    }
}
