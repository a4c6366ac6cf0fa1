using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Units of a ruled grid that no ruling separates make a merged cell only when they are a rectangle drawn all round
/// (issue 12, class 10: a workbook printed with cell borders whose rows are of unequal length).
/// </summary>
public class GridFrameTests
{
    private static List<(int Row, int Column, int RowSpan, int ColumnSpan)> Cells(PdfGrid grid) =>
        grid.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan)).ToList();

    [Fact]
    public void The_empty_corner_beside_a_short_header_row_spans_no_columns()
    {
        // 收入 | 支出 ruled over the first two of four columns; the rest of the header row is blank and unruled.
        var grid = Assert.Single(new GridBuilder().Build(new List<Ruling>
        {
            new(true, 60, 0, 200), new(true, 40, 0, 400), new(true, 20, 0, 400),
            new(false, 0, 20, 60), new(false, 100, 20, 60), new(false, 200, 20, 60), new(false, 300, 20, 40), new(false, 400, 20, 40),
        }));
        Assert.Equal([(0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), (0, 3, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1), (1, 2, 1, 1), (1, 3, 1, 1)], Cells(grid));
    }

    [Fact]
    public void A_panel_that_ends_early_keeps_its_cells_beside_the_unruled_space_below_it()
    {
        // Two panels of rows; the right one ends a row before the left one with no rulings below it, and the last row
        // adds a column on the right (its figure set past the panels): the unruled space is one region round the right panel.
        var grid = Assert.Single(new GridBuilder().Build(new List<Ruling>
        {
            new(true, 100, 0, 300), new(true, 80, 0, 300), new(true, 60, 0, 300), new(true, 40, 0, 200), new(true, 20, 0, 400), new(true, 0, 0, 400),
            new(false, 0, 0, 100), new(false, 100, 0, 100), new(false, 200, 0, 100), new(false, 300, 60, 100), new(false, 300, 0, 20), new(false, 400, 0, 20),
        }));
        Assert.All(grid.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
        var words = new[] { Word("307", 210, 85), Word("30701", 210, 65), Word("30311", 110, 45), Word("74.84", 360, 5) };
        var (tables, outside) = new CellFiller().Fill([grid], words);
        Assert.Empty(outside);
        Assert.Equal([(0, 2, "307"), (1, 2, "30701"), (2, 1, "30311"), (4, 3, "74.84")],
            Assert.Single(tables).Rows.SelectMany(r => r.Where(c => c.Text.Length > 0).Select(c => (c.Cell.Row, c.Cell.Column, c.Text))));
    }

    [Fact]
    public void A_table_without_outer_borders_keeps_its_merged_cells_at_the_edges()
    {
        // No vertical ruling at either outer edge: 项目 spans the two header rows of the first column.
        var grid = Assert.Single(new GridBuilder().Build(new List<Ruling>
        {
            new(true, 60, 0, 300), new(true, 40, 100, 300), new(true, 20, 0, 300), new(true, 0, 0, 300),
            new(false, 100, 0, 60), new(false, 200, 0, 60),
        }));
        Assert.Equal([(0, 0, 2, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 1, 1, 1), (1, 2, 1, 1), (2, 0, 1, 1), (2, 1, 1, 1), (2, 2, 1, 1)], Cells(grid));
    }

    private static PdfWord Word(string text, double left, double baseline) =>
        new(text, new FiscalAudit.Core.Documents.BoundingBox(left, baseline - 2, left + 5 * text.Length, baseline + 8), baseline, 10);
}
