using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Boxes of text ranges: a line keeps where its characters are, a paragraph boxes a range over its lines.</summary>
public class CharacterBoxTests
{
    /// <summary>A line of glyphs printed from <paramref name="left"/>: CJK 10 points wide, Latin and digits 5.</summary>
    private static PdfLine Printed(string text, double left, double baseline)
    {
        var glyphs = new List<Glyph>();
        var x = left;
        foreach (var c in text)
        {
            var width = c < 0x2E80 ? 5.0 : 10.0;
            glyphs.Add(new Glyph(c.ToString(), new BoundingBox(x, baseline, x + width, baseline + 10), baseline, 10, x));
            x += width;
        }
        return Assert.Single(new LineBuilder().Build(new WordExtractor().Extract(glyphs)));
    }

    [Fact]
    public void A_range_of_a_line_is_boxed_around_its_own_characters()
    {
        var line = Printed("支出2940.05万元，占71.73%", 100, 500);
        var start = line.Text.IndexOf("2940.05", StringComparison.Ordinal);
        var box = line.BoxOf(start, start + "2940.05".Length);
        Assert.Equal(new BoundingBox(120, 500, 155, 510), box);
        var percent = line.Text.IndexOf("71.73%", StringComparison.Ordinal);
        Assert.Equal(line.Box.Right, line.BoxOf(percent, line.Text.Length)?.Right);
    }

    [Fact]
    public void Words_joined_with_a_space_keep_their_own_positions()
    {
        var words = new WordExtractor().Extract(new[]
        {
            new Glyph("A", new BoundingBox(10, 100, 15, 110), 100, 10, 10), new Glyph("B", new BoundingBox(15, 100, 20, 110), 100, 10, 15),
            new Glyph("C", new BoundingBox(60, 100, 65, 110), 100, 10, 60),
        });
        var line = Assert.Single(new LineBuilder().Build(words));
        Assert.Equal("AB C", line.Text);
        Assert.Equal(new BoundingBox(60, 100, 65, 110), line.BoxOf(3, 4));
        Assert.Equal(new BoundingBox(15, 100, 65, 110), line.BoxOf(1, 4));
        Assert.Null(line.BoxOf(2, 3));
    }

    [Fact]
    public void A_fragment_over_a_line_break_is_the_union_of_its_parts_on_the_page_of_its_number()
    {
        var first = Printed("年初预算为1560.05万元，支出决算为", 90, 300);
        var second = Printed("1511.89万元。决算数大于预算数", 90, 285);
        var third = Printed("的主要原因", 90, 780);
        var a = first.Text;
        var b = a + second.Text;
        var paragraph = new ParagraphBlock(b + third.Text, new[]
        {
            new TextPiece(0, new SourceLocation("x.pdf", 19, 15, Box: first.Box), first),
            new TextPiece(a.Length, new SourceLocation("x.pdf", 19, 16, Box: second.Box), second),
            new TextPiece(b.Length, new SourceLocation("x.pdf", 20, 1, Box: third.Box), third),
        }, new SourceLocation("x.pdf", 19, 15, 16));

        var budget = a.IndexOf("1560.05", StringComparison.Ordinal);
        var word = b.IndexOf("决算数大于", StringComparison.Ordinal);
        var location = paragraph.LocationOf(budget, paragraph.Text.Length, word);

        Assert.Equal((19, 16), (location.Page, location.Line));
        Assert.Equal(new BoundingBox(second.Box.Left, second.Box.Bottom, first.Box.Right, first.Box.Top), location.Box);
        Assert.Equal(first.BoxOf(budget, a.Length), paragraph.LocationOf(budget, a.Length).Box);

        var value = paragraph.LocationOf(b.IndexOf("1511.89", StringComparison.Ordinal), b.IndexOf("万元。", StringComparison.Ordinal));
        Assert.Equal(second.BoxOf(0, "1511.89".Length), value.Box);
    }

    [Fact]
    public void Without_character_geometry_a_range_has_the_location_of_its_line()
    {
        var location = new SourceLocation("a.txt", Line: 7);
        var paragraph = ParagraphBlock.FromLine("本年收入合计2946.25万元。", location);
        Assert.Equal(location, paragraph.LocationOf(6, 13));
    }
}
