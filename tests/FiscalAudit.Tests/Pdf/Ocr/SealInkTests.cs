using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Red seal ink is dropped from a colour scan, the print under it kept: seal ink on paper turns white or nearly (lighter than ink), a black figure under
/// the seal stays dark, its grey edge stays grey; black, grey and blue print are grey by their luminance as before.
/// </summary>
public class SealInkTests
{
    private static readonly SealSettings Seals = OcrSettings.Default.Seals;

    [Theory]
    [InlineData(226, 38, 44)]
    [InlineData(190, 30, 40)]
    [InlineData(235, 90, 60)]
    [InlineData(215, 40, 110)]
    public void Seal_ink_on_paper_turns_lighter_than_ink(int r, int g, int b) => Assert.True(Grey(r, g, b) > OcrSettings.Default.DarkThreshold, $"{Grey(r, g, b)}");

    [Theory]
    [InlineData(20, 3, 4)]
    [InlineData(40, 8, 9)]
    public void A_figure_under_the_seal_stays_dark(int r, int g, int b) => Assert.True(Grey(r, g, b) < OcrSettings.Default.DarkThreshold / 2, $"{Grey(r, g, b)}");

    [Fact]
    public void The_grey_edge_of_a_figure_under_the_seal_stays_grey() => Assert.InRange(Grey(113, 19, 22), 110, 190);

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(128, 128, 128, 128)]
    [InlineData(255, 255, 255, 255)]
    [InlineData(30, 40, 160, 51)]
    [InlineData(200, 160, 150, 171)]
    public void Other_print_is_grey_by_its_luminance(int r, int g, int b, int grey) => Assert.Equal(grey, Grey(r, g, b));

    private static int Grey(int r, int g, int b) => SealInk.Dropped(new ColourImage(1, 1, [(byte)r, (byte)g, (byte)b]), Seals, 300).Pixels[0];
}
