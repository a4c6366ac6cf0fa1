using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Boxes on a page read turned upright go back onto the original page, which the viewer and the marked-up copy draw: a
/// landscape table scanned on its side (an A4 portrait sheet, 595 × 842, read as 842 × 595), a sheet fed upside down;
/// also onto a page whose crop box starts elsewhere than (0, 0), and from the halves of a sheet of two pages onto the sheet.
/// </summary>
public class PagePlacementsTests
{
    private const double Wide = 842, High = 595;

    // The figure near the upright page's top right corner (x 700–760, y 500–515).
    private static readonly BoundingBox Figure = new(700, 500, 760, 515);

    [Theory]
    // Turned clockwise by 90° to stand: on the original sheet the upright top is its right side, the upright right its foot.
    [InlineData(90, 80, 700, 95, 760)]
    // Upside down: the top right corner is the original's bottom left.
    [InlineData(180, 82, 80, 142, 95)]
    // Turned by 270°: the upright top is the sheet's left side, the upright right its head.
    [InlineData(270, 500, 82, 515, 142)]
    public void A_box_goes_back_where_the_original_page_has_it(int degrees, double left, double bottom, double right, double top)
    {
        var turned = new PagePlacements();
        turned.Add(2, degrees, Wide, High);

        Assert.Equal(new BoundingBox(left, bottom, right, top), turned.Back(2, Figure));
        Assert.Equal(Figure, turned.Back(1, Figure));
    }

    [Fact]
    public void Every_place_of_the_document_on_the_turned_page_goes_back()
    {
        var turned = new PagePlacements();
        turned.Add(1, 90, Wide, High);
        var cell = new SourceLocation("扫描件.pdf", 1, 5, Box: Figure);
        var table = new TableBlock([new SourceRow([new SourceCell("280.10", 2, cell)], cell)], cell);
        var line = new SourceLocation("扫描件.pdf", 1, 9, Box: new BoundingBox(60, 100, 400, 112));
        var paragraph = new ParagraphBlock("支出280.10万元", [new TextPiece(0, line, new Even(line.Box!.Value, 10))], line);
        var document = new SourceDocument("扫描件.pdf", "pdf", [table, paragraph], [new TextLine("支出280.10万元", line)], 1);
        document.Notes.Add(new ReadNote("第1页为扫描件", new SourceLocation("扫描件.pdf", 1, Box: new BoundingBox(0, 0, Wide, High))));

        var back = turned.Back(document);

        var expected = new BoundingBox(80, 700, 95, 760);
        var cellBack = ((TableBlock)back.Blocks[0]).Rows[0].Cells[0].Location.Box;
        Assert.Equal(expected, cellBack);
        Assert.Equal(expected, back.Blocks[0].Location.Box);
        Assert.Equal(new BoundingBox(483, 60, 495, 400), back.Lines[0].Location.Box);
        // The figure's characters 2–8 of the line: x 128–332 upright, y 128–332 on the sheet.
        Assert.Equal(new BoundingBox(483, 128, 495, 332), ((ParagraphBlock)back.Blocks[1]).LocationOf(2, 8).Box);
        Assert.Equal(new BoundingBox(0, 0, High, Wide), back.Notes[0].Location.Box);
        Assert.Equal(document.RecognisedPages, back.RecognisedPages);
    }

    [Theory]
    // Upright: the box moves by the crop box's corner.
    [InlineData(0, 740, 530, 800, 545)]
    // Turned by 90° to stand, then moved.
    [InlineData(90, 120, 730, 135, 790)]
    public void A_box_moves_by_the_crop_boxs_corner(int degrees, double left, double bottom, double right, double top)
    {
        var placements = new PagePlacements();
        placements.Add(3, degrees, Wide, High);
        placements.AddOrigin(3, 40, 30);

        Assert.Equal(new BoundingBox(left, bottom, right, top), placements.Back(3, Figure));
    }

    [Fact]
    public void The_pages_read_from_the_halves_of_a_sheet_go_back_onto_the_sheet()
    {
        // PDF page 1 is a sheet of two A4 pages (1190 × 842), read as pages 1 and 2; PDF page 2 is one page, read as page 3.
        var placements = new PagePlacements { PageCount = 2 };
        placements.AddRead(1, 1, 0);
        placements.AddRead(2, 1, 595);
        placements.AddRead(3, 2, 0);
        var left = new SourceLocation("两版.pdf", 1, 3, Box: new BoundingBox(60, 700, 300, 712));
        var right = new SourceLocation("两版.pdf", 2, 20, Box: Figure);
        var next = new SourceLocation("两版.pdf", 3, 31, Box: Figure);
        var table = new TableBlock([new SourceRow([new SourceCell("280.10", 2, right)], right)], right);
        var document = new SourceDocument("两版.pdf", "pdf", [new HeadingBlock("收入支出决算总表", 1, left), table], [new TextLine("收入支出决算总表", left), new TextLine("附表", next)], 3);
        document.Notes.Add(new ReadNote("第1页为扫描件", new SourceLocation("两版.pdf", 2)));

        var back = placements.Back(document);

        Assert.Equal(2, back.PageCount);
        Assert.Equal((1, new BoundingBox(60, 700, 300, 712)), (back.Blocks[0].Location.Page!.Value, back.Blocks[0].Location.Box!.Value));
        var cell = ((TableBlock)back.Blocks[1]).Rows[0].Cells[0].Location;
        Assert.Equal((1, new BoundingBox(1295, 500, 1355, 515)), (cell.Page!.Value, cell.Box!.Value));
        Assert.Equal((2, Figure), (back.Lines[1].Location.Page!.Value, back.Lines[1].Location.Box!.Value));
        Assert.Equal(1, back.Notes[0].Location.Page);
    }

    /// <summary>A line of characters of even width across <paramref name="box"/>.</summary>
    private sealed class Even(BoundingBox box, int count) : ILineGeometry
    {
        public BoundingBox? BoxOf(int start, int end)
        {
            var each = box.Width / count;
            return new BoundingBox(box.Left + start * each, box.Bottom, box.Left + end * each, box.Top);
        }
    }
}
