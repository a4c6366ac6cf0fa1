using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Ofd;
using FiscalAudit.Tests.Pdf;
using UglyToad.PdfPig;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// A scanned OFD: the first three pages of seed 002 printed with ruled tables, rendered grey at 300 dpi (two pages as PNG, one as
/// JPEG) and written as OFD pages holding only their image. They are recognised by OCR as a scanned PDF's pages are: the note
/// names the pages, they are marked recognised, and nearly all characters the print holds on them are read.
/// </summary>
public class ScannedOfdTests
{
    [OcrFact(PrintsShared = true)]
    public void A_scanned_OFD_is_recognised_like_a_scanned_PDF()
    {
        var pdf = SeedOfdTests.Prints.Value["ruled"];
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var images = ScannedOfd.Render(file, 1, 2, 300, "png").Concat(ScannedOfd.Render(file, 3, 3, 300, "jpeg")).ToList();
            using var print = PdfDocument.Open(pdf);
            var ofd = ScannedOfd.Write(images, print.GetPage(1).Width, print.GetPage(1).Height);

            var scanned = new OfdReader().Read("扫描件.ofd", ofd);
            var printed = DocumentReaders.Default.Read("seed002.pdf", pdf);

            Assert.Equal("第1至3页为扫描件，已做文字识别（OCR），识别结果可能有误，请对照原件核对。", Assert.Single(scanned.Notes).Message);
            Assert.Equal([1, 2, 3], scanned.RecognisedPages.Order());
            var expected = Characters(printed, 3);
            var read = Characters(scanned, 3);
            var same = expected.Sum(c => Math.Min(c.Value, read.GetValueOrDefault(c.Key)));
            Assert.True(same >= 0.9 * expected.Values.Sum(), $"{same} of {expected.Values.Sum()} characters read");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>How many times each character stands on the first <paramref name="pages"/> pages, white space left out.</summary>
    private static Dictionary<char, int> Characters(Core.Documents.SourceDocument document, int pages) =>
        document.Lines.Where(l => l.Location.Page <= pages).SelectMany(l => l.Text).Where(c => !char.IsWhiteSpace(c))
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
}
