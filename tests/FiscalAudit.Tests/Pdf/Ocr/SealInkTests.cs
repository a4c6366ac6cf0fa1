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

    /// <summary>A red letterhead (a line of twelve 30 pt glyphs at 100 dpi, solid squares here) is as dark as black print: grey by its darkest channel, not a mid grey.</summary>
    [Theory]
    [InlineData(216, 42, 47)]
    [InlineData(190, 30, 40)]
    public void Red_text_is_as_dark_as_black_print(int r, int g, int b)
    {
        const int width = 800, height = 200;
        var pixels = Enumerable.Repeat((byte)255, 3 * width * height).ToArray();
        for (var y = 50; y < 92; y++)
            for (var x = 50; x < 50 + 12 * 48; x++)
                if ((x - 50) % 48 < 42) (pixels[3 * (y * width + x)], pixels[3 * (y * width + x) + 1], pixels[3 * (y * width + x) + 2]) = ((byte)r, (byte)g, (byte)b);
        var grey = SealInk.Dropped(new ColourImage(width, height, pixels), Seals, 100);
        Assert.Equal(Math.Min(g, b), grey.Pixels[70 * width + 60]);
        Assert.Equal(255, grey.Pixels[150 * width + 60]);
    }

    private static int Grey(int r, int g, int b) => SealInk.Dropped(new ColourImage(1, 1, [(byte)r, (byte)g, (byte)b]), Seals, 300).Pixels[0];
}
