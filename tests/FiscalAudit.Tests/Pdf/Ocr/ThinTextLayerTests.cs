using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, OCR: a scanned page with a little real text on it — a stamp or a header added to the scan — is a scan all
/// the same: it is recognised, and its real text stays where it is; a page whose real text fills it is read from its text,
/// whatever image lies under it; without OCR the page is read from its real text as before.
/// </summary>
public class ThinTextLayerTests
{
    private const string Name = "扫描件.pdf";
    private const string Recognised = "第1页为扫描件，已做文字识别（OCR），识别结果可能有误，请对照原件核对。";

    [OcrTheory]
    [InlineData("No.3")]
    [InlineData("Copy 2")]
    [InlineData("Ref A-17")]
    public void A_scan_with_a_stamp_on_it_is_recognised_keeping_the_stamp(string stamp)
    {
        var document = new PdfDocumentReader().Read(Name, ScannedPdf.Build([Scan("Total 12.50") with { Text = stamp }]));
        Assert.Contains(document.Notes, n => n.Message == Recognised);
        Assert.Contains(document.Lines, l => l.Text.Contains("12.50", StringComparison.Ordinal));
        var kept = Assert.Single(document.Lines, l => l.Text.Replace(" ", string.Empty, StringComparison.Ordinal) == stamp.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.True(kept.Location.Box is { Bottom: < 40 }, $"the stamp is read at {kept.Location.Box}");
    }

    [OcrFact]
    public void A_page_whose_text_fills_it_is_read_from_its_text_over_any_image()
    {
        var document = new PdfDocumentReader().Read(Name, ScannedPdf.Build([Scan("Total 12.50") with { Text = "Total 12.50 Revenue 8.25 Expenditure 4.25" }]));
        Assert.DoesNotContain(document.Notes, n => n.Message == Recognised);
        Assert.Contains(document.Lines, l => l.Text.Contains("Expenditure", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_ocr_a_scan_with_a_stamp_is_read_from_the_stamp()
    {
        var blank = new ScannedPdf.Page(new GrayImage(1200, 1200, Enumerable.Repeat((byte)255, 1200 * 1200).ToArray()), 150, Text: "No.3");
        var document = new PdfDocumentReader(recogniser: new ScanRecogniser(null, null, OcrSettings.Default)).Read(Name, ScannedPdf.Build([blank]));
        Assert.Empty(document.Notes);
        Assert.Contains(document.Lines, l => l.Text == "No.3");
    }

    /// <summary>A page of <paramref name="text"/> printed, scanned at 300 dpi and put in a PDF three times as large (600 pt square, about an A4 page's area).</summary>
    private static ScannedPdf.Page Scan(string text) => ScannedPdf.OfText(text, 300) with { Dpi = 100 };
}
