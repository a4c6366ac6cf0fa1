using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Boxes on a page read turned upright go back onto the original page, which the viewer and the marked-up copy draw: a
/// landscape table scanned on its side (an A4 portrait sheet, 595 × 842, read as 842 × 595), a sheet fed upside down.
/// </summary>
public class TurnedPagesTests
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
        var turned = new TurnedPages();
        turned.Add(2, degrees, Wide, High);

        Assert.Equal(new BoundingBox(left, bottom, right, top), turned.Back(2, Figure));
        Assert.Equal(Figure, turned.Back(1, Figure));
    }

    [Fact]
    public void Every_place_of_the_document_on_the_turned_page_goes_back()
    {
        var turned = new TurnedPages();
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
