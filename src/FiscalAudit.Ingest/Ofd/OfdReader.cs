using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Assembly;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// Reads OFD files (GB/T 33190, the national fixed-layout format): each page's text and drawn lines (<see cref="OfdPageDrawing"/>)
/// go through the same layout chain as a PDF page (<see cref="PageAnalyzer.Ruled"/>, then <see cref="FixedLayoutChain"/>), so tables,
/// headings and locations come back as from a PDF. A page holding only images (a scan) is not recognised and is noted; a
/// missing or malformed part raises <see cref="DocumentReadException"/> naming the file and the part.
/// </summary>
public sealed class OfdReader : IDocumentReader
{
    private readonly FixedLayoutChain chain;
    private readonly OfdSettings settings;

    public OfdReader(PageAnalyzer? analyzer = null, PageFurnitureFilter? furniture = null, PdfAssemblyOptions? assembly = null, OfdSettings? settings = null)
    {
        chain = new FixedLayoutChain(analyzer ?? new PageAnalyzer(), furniture ?? new PageFurnitureFilter(), assembly ?? new PdfAssemblyOptions());
        this.settings = settings ?? OfdSettings.Default;
    }

    /// <summary>The extension OFD files are published under.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".ofd"];

    public string Format => "ofd";

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var pages = chain.Aligned(ReadPages(path, content, cancellation));
        cancellation.ThrowIfCancellationRequested();
        var scanned = pages.Where(p => p.Scanned).ToList();
        if (pages.All(p => p.Items.Count == 0))
            throw new DocumentReadException(scanned.Count == 0
                ? $"OFD 文件“{path}”没有可提取的文字（共 {pages.Count} 页，均为空白）。"
                : $"OFD 文件“{path}”是扫描件，无可提取文字（共 {pages.Count} 页，{scanned.Count} 页只有图像），OFD 中的图像暂不做文字识别（OCR）。请提供带文字的 OFD 或 PDF 文件。");
        var document = chain.Document(path, Format, pages);
        document.Notes.AddRange(scanned.Select(p => new ReadNote(
            $"第{p.Number}页只有图像（扫描件），无可提取文字，OFD 中的图像暂不做文字识别（OCR），该页内容未审核。", new SourceLocation(path, p.Number, Box: new BoundingBox(0, 0, p.Width, p.Height)))));
        return document;
    }

    private List<PageLayout> ReadPages(string path, byte[] content, CancellationToken cancellation)
    {
        try
        {
            using var package = OfdPackage.Open(content, settings);
            var document = OfdDocument.Read(package, settings);
            var pages = new List<PageLayout>(document.Pages.Count);
            foreach (var part in document.Pages)
            {
                cancellation.ThrowIfCancellationRequested();
                var drawing = OfdPageDrawing.Read(package, document, part, settings);
                var number = pages.Count + 1;
                var (width, height) = (drawing.Area.Width * settings.PointsPerMillimetre, drawing.Area.Height * settings.PointsPerMillimetre);
                pages.Add(drawing.Glyphs.All(g => g.IsWhitespace)
                    ? new PageLayout(number, width, height, [], Scanned: drawing.Images > 0)
                    : chain.Analyzer.Ruled(number, width, height, drawing.Glyphs, drawing.Segments));
            }
            return pages;
        }
        catch (OfdPartException e)
        {
            throw new DocumentReadException($"OFD 文件“{path}”中的 {e.Part} {e.Problem}。", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new DocumentReadException($"OFD 文件“{path}”已损坏或被截断，ZIP 压缩包无法打开（{e.Message}）。", e);
        }
    }
}
