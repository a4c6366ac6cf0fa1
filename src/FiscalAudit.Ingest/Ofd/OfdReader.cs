using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// Reads OFD files (GB/T 33190, the national fixed-layout format): each page's text and drawn lines (<see cref="OfdPageDrawing"/>)
/// go through the same layout chain as a PDF page (<see cref="PageAnalyzer.Ruled"/>, then <see cref="FixedLayoutChain"/>), so tables,
/// headings and locations come back as from a PDF. Pages holding only images (a scan) go the way of a scanned PDF's pages: put on
/// the pages of a PDF of their own (<see cref="ScanPdf"/>) and recognised by OCR where it is installed (<see cref="ScanReading"/>),
/// with the same notes. A missing or malformed part raises <see cref="DocumentReadException"/> naming the file and the part.
/// </summary>
public sealed class OfdReader : IDocumentReader
{
    private readonly FixedLayoutChain chain;
    private readonly OfdSettings settings;
    private readonly ScanRecogniser recogniser;

    public OfdReader(PageAnalyzer? analyzer = null, PageFurnitureFilter? furniture = null, PdfAssemblyOptions? assembly = null, ScanRecogniser? recogniser = null, OfdSettings? settings = null)
    {
        chain = new FixedLayoutChain(analyzer, furniture, assembly);
        this.recogniser = recogniser ?? ScanRecogniser.OnPath;
        this.settings = settings ?? OfdSettings.Default;
    }

    /// <summary>The extension OFD files are published under.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".ofd"];

    public string Format => "ofd";

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var (pages, scan) = ReadPages(path, content, cancellation);
        return chain.Read(path, Format, new ScanReading(recogniser, chain.Analyzer, scan, pages, new Dictionary<int, TextLayer>(), cancellation), cancellation);
    }

    /// <summary>The pages read by <see cref="PageAnalyzer.Ruled"/>, and the PDF of the scanned ones (empty when there are none).</summary>
    private (List<PageLayout> Pages, byte[] Scan) ReadPages(string path, byte[] content, CancellationToken cancellation)
    {
        try
        {
            using var package = OfdPackage.Open(content, settings);
            var document = OfdDocument.Read(package, settings);
            var pages = new List<PageLayout>(document.Pages.Count);
            var scans = new List<ScanPdf.Page>(document.Pages.Count);
            Dictionary<string, string>? media = null;
            foreach (var part in document.Pages)
            {
                cancellation.ThrowIfCancellationRequested();
                var drawing = OfdPageDrawing.Read(package, document, part, settings);
                var number = pages.Count + 1;
                var (width, height) = (drawing.Area.Width * settings.PointsPerMillimetre, drawing.Area.Height * settings.PointsPerMillimetre);
                var textless = drawing.Glyphs.All(g => g.IsWhitespace);
                var scanned = textless && drawing.Images.Count > 0;
                if (scanned) media ??= OfdMedia.Files(package, document);
                scans.Add(new ScanPdf.Page(width, height, scanned ? Images(package, drawing, media!) : []));
                pages.Add(textless
                    ? new PageLayout(number, width, height, [], Scanned: scanned)
                    : chain.Analyzer.Ruled(number, width, height, drawing.Glyphs, drawing.Segments));
            }
            return (pages, media is null ? [] : ScanPdf.Write(scans));
        }
        catch (OfdPartException e)
        {
            throw new DocumentReadException($"OFD 文件“{path}”中的 {e.Part} {e.Problem}。", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new DocumentReadException($"OFD 文件“{path}”已损坏或被截断，ZIP 压缩包无法打开。请重新获取原文件后再审核。", e);
        }
    }

    /// <summary>The images of a scanned page with their bytes; one whose resource is not in the package is left out.</summary>
    private static List<(PlacedImage, byte[])> Images(OfdPackage package, OfdPageDrawing drawing, Dictionary<string, string> media) =>
        drawing.Images.Where(i => media.ContainsKey(i.ResourceId)).Select(i => (i, package.Bytes(media[i.ResourceId]))).ToList();
}
