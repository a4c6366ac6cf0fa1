using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Scans that give no text: a blank page, a tiny image, a page turned on its side, and a server without OCR. None of them
/// crashes; each ends in a Chinese message naming the file that says what happened to which page.
/// </summary>
public class ScanRobustnessTests
{
    private const string Name = "扫描件.pdf";

    [Fact]
    public void Without_ocr_tools_a_scan_is_refused_saying_ocr_is_unavailable()
    {
        var reader = new PdfDocumentReader(recogniser: new ScanRecogniser(null, null, OcrSettings.Default));
        var e = Assert.Throws<DocumentReadException>(() => reader.Read(Name, MinimalPdf.ImageOnly()));
        Assert.Contains($"文件“{Name}”是扫描件，无可提取文字（共 1 页，1 页为图像）", e.Message);
        Assert.Contains("本服务器未安装文字识别（OCR）组件", e.Message);
    }

    [OcrTheory]
    [InlineData("blank page")]
    [InlineData("tiny image")]
    [InlineData("speckled page")]
    public void A_scan_without_readable_text_is_refused_naming_the_page(string scan)
    {
        var e = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader().Read(Name, Pdf(scan)));
        Assert.Contains($"文件“{Name}”是扫描件", e.Message);
        Assert.Contains("文字识别（OCR）也未能读出文字：第1页：", e.Message);
    }

    /// <summary>
    /// A page of text turned on its side (/Rotate 90, as a landscape page scanned upright): no crash; either it is read, and
    /// the note says the page was recognised, or it is refused naming the page.
    /// </summary>
    [OcrFact]
    public void A_page_turned_on_its_side_is_read_or_refused_clearly()
    {
        var page = ScannedPdf.OfText("Total 12.50", 200) with { Rotate = 90 };
        try
        {
            var document = new PdfDocumentReader().Read(Name, ScannedPdf.Build([page]));
            Assert.Contains(document.Notes, n => n.Message == "第1页为扫描件，已做文字识别（OCR），识别结果可能有误，请对照原件核对。" && n.Location.Page == 1);
        }
        catch (DocumentReadException e)
        {
            Assert.Contains($"文件“{Name}”是扫描件", e.Message);
            Assert.Contains("第1页：", e.Message);
        }
    }

    private static byte[] Pdf(string scan) => scan switch
    {
        "blank page" => ScannedPdf.Build([new ScannedPdf.Page(Gray(1240, 1754, (_, _) => 255), 150)]),
        "tiny image" => MinimalPdf.ImageOnly(),
        "speckled page" => ScannedPdf.Build([new ScannedPdf.Page(Gray(600, 800, (x, y) => (x * 7 + y * 13) % 97 == 0 ? (byte)0 : (byte)255), 72)]),
        _ => throw new ArgumentException(scan),
    };

    internal static GrayImage Gray(int width, int height, Func<int, int, byte> pixel)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++) pixels[y * width + x] = pixel(x, y);
        return new GrayImage(width, height, pixels);
    }
}
