using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// A scan is cleaned before its rulings are found: grey paper made white, its slant measured and straightened, so that a
/// table's rules are long straight runs again.
/// </summary>
public class ScanCleaningTests
{
    private static readonly OcrSettings Settings = OcrSettings.Default;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.6)]
    [InlineData(-1.0)]
    [InlineData(1.5)]
    public void A_slanted_table_is_measured_and_straightened_and_its_rules_found(double degrees)
    {
        var straight = Table();
        var rules = ImageRulings.Extract(Table(), 150, Settings).Count;
        var slanted = ScanDistortions.Slanted(straight, degrees);

        Assert.InRange(ScanCleaning.Skew(slanted, Settings.DarkThreshold, Settings.Cleaning), degrees - 0.1, degrees + 0.1);
        var (clean, straightened) = ScanCleaning.Clean(slanted, Settings.DarkThreshold, Settings.Cleaning);
        Assert.Equal(degrees != 0, straightened);
        var found = ImageRulings.Extract(clean, 150, Settings, straightened);
        Assert.Equal(rules, found.Count);
        // Level again: each horizontal rule is level and as long as it was drawn (10 rows × 7 columns: 11 + 8 rules).
        Assert.Equal(11, found.Count(s => s.Y1 == s.Y2 && s.X2 - s.X1 > 700 * 72.0 / 150));
        Assert.Equal(8, found.Count(s => s.X1 == s.X2));
    }

    [Fact]
    public void A_blank_page_is_left_as_it_is()
    {
        var blank = ScanRobustnessTests.Gray(400, 300, (_, _) => 255);
        Assert.Equal(0, ScanCleaning.Skew(blank, Settings.DarkThreshold, Settings.Cleaning));
        Assert.Same(blank, ScanCleaning.Clean(blank, Settings.DarkThreshold, Settings.Cleaning).Image);
    }

    /// <summary>On grey noisy paper the rulings are lost in the paper until it is made white; then they are all found again.</summary>
    [Theory]
    [InlineData(170, 30)]
    [InlineData(180, 20)]
    [InlineData(140, 10)]
    public void A_table_on_grey_paper_is_whitened_and_its_rules_found(int paper, int noise)
    {
        var grey = ScanDistortions.OnGreyPaper(Table(), paper, noise);
        var (clean, straightened) = ScanCleaning.Clean(grey, Settings.DarkThreshold, Settings.Cleaning);

        Assert.False(straightened);
        Assert.Equal(ImageRulings.Extract(Table(), 150, Settings).Count, ImageRulings.Extract(clean, 150, Settings).Count);
        Assert.NotEqual(ImageRulings.Extract(Table(), 150, Settings).Count, ImageRulings.Extract(ScanDistortions.OnGreyPaper(Table(), paper, noise), 150, Settings).Count);
    }

    /// <summary>A ruled table at 150 dpi: 10 rows 40 px high, 7 columns 110 px wide, 2 px rules, a dark “figure” in each cell.</summary>
    private static GrayImage Table() =>
        ScanRobustnessTests.Gray(1000, 560, (x, y) =>
        {
            int left = 60, top = 60, width = 770, height = 400;
            var inside = x >= left && x < left + width + 2 && y >= top && y < top + height + 2;
            var rule = inside && ((y - top) % 40 < 2 || (x - left) % 110 < 2);
            var figure = inside && (x - left) % 110 is >= 30 and < 80 && (y - top) % 40 is >= 14 and < 26 && (x - left) / 110 % 2 == 1;
            return rule || figure ? (byte)0 : (byte)255;
        });
}
