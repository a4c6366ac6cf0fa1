using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// The ruling lines of a scanned page: a drawn grid comes back as segments in PDF points and is erased from the image;
/// characters, a filled box and short strokes stay.
/// </summary>
public class ImageRulingsTests
{
    private const int Dpi = 144;

    [Theory]
    [InlineData(2, 0)]
    [InlineData(4, 0)]
    [InlineData(3, 150)]
    public void A_grid_is_found_and_erased_and_the_text_in_it_stays(int thickness, int skewRun)
    {
        // A 3-row × 2-column grid (rows 60 px apart, columns 200 px wide) at 144 dpi: 4 horizontal and 3 vertical rules,
        // the horizontal ones dropping a pixel every skewRun pixels (a scan turned a little); a “character” in each cell.
        var image = Blank(600, 400);
        for (var row = 0; row <= 3; row++) Line(image, 50, 50 + 60 * row, 400, thickness, horizontal: true, skewRun);
        for (var column = 0; column <= 2; column++) Line(image, 50 + 200 * column, 50, 230, thickness, horizontal: false, 0);
        for (var row = 0; row < 3; row++)
            for (var column = 0; column < 2; column++) Fill(image, 100 + 200 * column, 70 + 60 * row, 20, 20);
        Fill(image, 480, 300, 80, 60);

        var segments = ImageRulings.Extract(image, Dpi, OcrSettings.Default);

        Assert.Equal(4, segments.Count(s => s.Y1 == s.Y2));
        Assert.Equal(3, segments.Count(s => s.X1 == s.X2));
        // The top rule, 50 px from the top of a 400 px (200 pt) page, from x 50 to 449 px and on through the last column's
        // rule: from 25 pt to 225 pt and half the rule's thickness, about 175 pt high.
        var top = segments.Where(s => s.Y1 == s.Y2).MaxBy(s => s.Y1);
        Assert.Equal(25, top.X1, 3);
        Assert.Equal(225 + thickness * 0.5, top.X2, 3);
        Assert.InRange(top.Y1, 172.5, 175);
        // Only the six characters and the filled box are left dark.
        Assert.Equal(6 * 20 * 20 + 80 * 60, image.Pixels.Count(p => p < 128));
    }

    [Fact]
    public void Short_strokes_and_a_blank_page_give_no_rulings()
    {
        var image = Blank(300, 200);
        Line(image, 20, 20, 30, 2, horizontal: true, 0);
        Line(image, 100, 20, 30, 2, horizontal: false, 0);
        Assert.Empty(ImageRulings.Extract(image, Dpi, OcrSettings.Default));
        Assert.Empty(ImageRulings.Extract(Blank(300, 200), Dpi, OcrSettings.Default));
    }

    [Theory]
    // A 36 pt letterhead at 144 dpi (72 px): strokes 2.5 pt thick; a 22 pt title (44 px): strokes 1.5 pt thick.
    [InlineData(72, 5)]
    [InlineData(44, 3)]
    public void The_strokes_of_large_glyphs_stay_and_the_rule_under_them_is_found(int em, int stroke)
    {
        var image = Blank(600, 300);
        // 口 (four strokes meeting at the corners), 二 (two strokes apart), 十 (two strokes crossing) side by side, a 2 pt
        // gap between them; a rule across the page below them.
        var inner = em - 2;
        Line(image, 50, 40, inner, stroke, horizontal: true, 0);
        Line(image, 50, 40 + inner - stroke, inner, stroke, horizontal: true, 0);
        Line(image, 50, 40, inner, stroke, horizontal: false, 0);
        Line(image, 50 + inner - stroke, 40, inner, stroke, horizontal: false, 0);
        Line(image, 50 + em + 4, 40 + inner / 4, inner * 3 / 4, stroke, horizontal: true, 0);
        Line(image, 50 + em, 40 + inner - stroke, inner, stroke, horizontal: true, 0);
        Line(image, 50 + 2 * em + 4, 40 + inner / 2, inner, stroke, horizontal: true, 0);
        Line(image, 50 + 2 * em + 4 + inner / 2, 40, inner, stroke, horizontal: false, 0);
        var glyphs = image.Pixels.Count(p => p < 128);
        Line(image, 20, 200, 560, 3, horizontal: true, 0);

        var segment = Assert.Single(ImageRulings.Extract(image, Dpi, OcrSettings.Default));

        Assert.Equal(segment.Y1, segment.Y2);
        Assert.Equal(10, segment.X1, 3);
        Assert.Equal(glyphs, image.Pixels.Count(p => p < 128));
    }

    private static GrayImage Blank(int width, int height) => new(width, height, Enumerable.Repeat((byte)255, width * height).ToArray());

    private static void Line(GrayImage image, int x, int y, int length, int thickness, bool horizontal, int skewRun)
    {
        for (var along = 0; along < length; along++)
            for (var across = 0; across < thickness; across++)
            {
                var drop = skewRun > 0 ? along / skewRun : 0;
                var (px, py) = horizontal ? (x + along, y + across + drop) : (x + across, y + along);
                image.Pixels[py * image.Width + px] = 0;
            }
    }

    private static void Fill(GrayImage image, int x, int y, int width, int height)
    {
        for (var py = y; py < y + height; py++)
            for (var px = x; px < x + width; px++) image.Pixels[py * image.Width + px] = 0;
    }
}
