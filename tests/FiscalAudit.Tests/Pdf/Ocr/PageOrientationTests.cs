using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// How far a scanned page is turned upright: tesseract's orientation report (--psm 0) is followed when it is sure enough,
/// and the page image turned clockwise by quarter turns keeps every pixel.
/// </summary>
public class PageOrientationTests
{
    private static readonly OrientationSettings Settings = OcrSettings.Default.Orientation;

    [Theory]
    [InlineData("Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 8.69\nScript: Han\nScript confidence: 1.19\n", 270)]
    [InlineData("Page number: 0\nOrientation in degrees: 180\nRotate: 180\nOrientation confidence: 22.51\nScript: Han\nScript confidence: 3.02\n", 180)]
    [InlineData("Page number: 0\nOrientation in degrees: 0\nRotate: 0\nOrientation confidence: 22.22\nScript: Han\nScript confidence: 2.80\n", 0)]
    [InlineData("Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 0.41\nScript: Latin\nScript confidence: 0.20\n", 0)]
    [InlineData("Too few characters. Skipping this page\nError during processing.\n", 0)]
    [InlineData("", 0)]
    public void The_turn_is_taken_from_a_sure_report(string report, int turn) =>
        Assert.Equal(turn, PageOrientation.Turn(report, Settings));

    [Theory]
    [InlineData(90, 3, 2, new byte[] { 4, 1, 5, 2, 6, 3 })]
    [InlineData(180, 2, 3, new byte[] { 6, 5, 4, 3, 2, 1 })]
    [InlineData(270, 3, 2, new byte[] { 3, 6, 2, 5, 1, 4 })]
    [InlineData(0, 2, 3, new byte[] { 1, 2, 3, 4, 5, 6 })]
    public void An_image_is_turned_clockwise(int degrees, int height, int width, byte[] pixels)
    {
        // 1 2 3
        // 4 5 6
        var turned = new GrayImage(3, 2, [1, 2, 3, 4, 5, 6]).Turned(degrees);
        Assert.Equal((width, height), (turned.Width, turned.Height));
        Assert.Equal(pixels, turned.Pixels);
    }
}
