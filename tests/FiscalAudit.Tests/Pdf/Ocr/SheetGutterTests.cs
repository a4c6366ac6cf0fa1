using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A sheet of two pages side by side is found by the blank band between them; a landscape page whose title or table crosses
/// its middle, a portrait page and a sheet with print on one side only are one page.
/// </summary>
public class SheetGutterTests
{
    private const int Dpi = 100;
    private static readonly TwoPageSheetSettings Settings = OcrSettings.Default.TwoPageSheets;

    [Theory]
    // Two A4 pages on an A3 sheet (1654 × 1169 at 100 dpi): text blocks 100–727 and 927–1554, the gutter 727–927.
    [InlineData(1654, 1169, 100, 727, 927, 1554, 827)]
    // The pages closer together, the left one wider: a gutter of 30 points (42 pixels).
    [InlineData(1654, 1169, 60, 800, 842, 1600, 821)]
    public void The_gutter_between_two_pages_is_found(int width, int height, int left0, int left1, int right0, int right1, int cut) =>
        Assert.Equal(cut, SheetGutter.Find(Sheet(width, height, (left0, left1), (right0, right1)), Dpi, 200, Settings));

    [Fact]
    public void A_landscape_page_whose_title_crosses_its_middle_is_one_page()
    {
        var blocks = Sheet(1169, 827, (100, 500), (669, 1069));
        // The title, centred over both halves.
        for (var y = 40; y < 60; y++)
            for (var x = 400; x < 769; x++) blocks.Pixels[y * blocks.Width + x] = 0;
        Assert.Null(SheetGutter.Find(blocks, Dpi, 200, Settings));
    }

    [Theory]
    // A portrait page with two columns of text.
    [InlineData(827, 1169, 100, 380, 447, 727)]
    // A landscape sheet with print on its left only, a few marks right.
    [InlineData(1654, 1169, 100, 727, 1500, 1510)]
    public void Other_pages_are_one_page(int width, int height, int left0, int left1, int right0, int right1) =>
        Assert.Null(SheetGutter.Find(Sheet(width, height, (left0, left1), (right0, right1)), Dpi, 200, Settings));

    /// <summary>A white sheet with lines of text (dark bars every 30 pixels from 100 down to 100 above its foot) across the two column ranges.</summary>
    private static GrayImage Sheet(int width, int height, (int From, int To) left, (int From, int To) right) =>
        ScanRobustnessTests.Gray(width, height, (x, y) =>
            y >= 100 && y < height - 100 && y % 30 < 12 && (x >= left.From && x < left.To || x >= right.From && x < right.To) ? (byte)0 : (byte)255);
}
