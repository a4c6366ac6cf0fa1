using CsCheck;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A table read from a page's words has a cell at every grid position; a grid column in which no text starts (a boundary found
/// inside the cells that span it) is dropped, its blank cells with it, and the spans over it shrink (<see cref="TableColumnCompaction"/>).
/// </summary>
public class TextColumnCompactionTests
{
    private static readonly SourceLocation At = new("t.pdf");

    [Fact]
    public void A_column_only_spanned_and_blank_is_dropped()
    {
        var table = Table(
            [("三级指标", 0, 1), ("预期指标值", 1, 2), ("实际完成指标值", 3, 1)],
            [("局机关职工工资按时发放", 0, 1), ("123.03万元", 1, 2), ("102.81万元", 3, 1)],
            [("政务大厅窗口服务", 0, 1), ("100%", 1, 1), ("", 2, 1), ("100%", 3, 1)]);
        var compact = TableColumnCompaction.Compact(table, byText: true);
        Assert.Equal(3, compact.ColumnCount);
        Assert.Equal(["0:三级指标:1", "1:预期指标值:1", "2:实际完成指标值:1"], Cells(compact.Rows[0]));
        Assert.Equal(["0:局机关职工工资按时发放:1", "1:123.03万元:1", "2:102.81万元:1"], Cells(compact.Rows[1]));
        Assert.Equal(["0:政务大厅窗口服务:1", "1:100%:1", "2:100%:1"], Cells(compact.Rows[2]));
    }

    [Fact]
    public void A_blank_column_with_a_header_stays()
    {
        var table = Table([("项目", 0, 1), ("上年结转", 1, 1), ("金额", 2, 1)], [("合计", 0, 1), ("", 1, 1), ("5.00", 2, 1)]);
        Assert.Same(table, TableColumnCompaction.Compact(table, byText: true));
    }

    [Fact]
    public void Blank_cells_count_when_the_table_was_not_read_from_words()
    {
        var table = Table([("项目", 0, 1), ("金额", 1, 2)], [("合计", 0, 1), ("", 1, 1), ("", 2, 1)]);
        Assert.Same(table, TableColumnCompaction.Compact(table));
    }

    [Fact]
    public void Any_grid_of_blank_and_filled_cells_compacts_without_losing_a_text() =>
        Gen.Int[1, 6].SelectMany(rows => Gen.Int[1, 6].SelectMany(columns => Gen.Int[0, 3].Array[rows * columns].Select(kinds => (rows, columns, kinds))))
            .Sample(grid =>
            {
                var (rows, columns, kinds) = grid;
                var table = new TableBlock(Enumerable.Range(0, rows).Select(r => new SourceRow(Enumerable.Range(0, columns)
                    .Select(c => new SourceCell(kinds[r * columns + c] == 0 ? "" : $"{r}.{c}", c, At)).ToList(), At)).ToList(), At);
                var compact = TableColumnCompaction.Compact(table, byText: true);
                var texts = table.Rows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0).Select(c => c.Text).Order(StringComparer.Ordinal);
                Assert.Equal(texts, compact.Rows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0).Select(c => c.Text).Order(StringComparer.Ordinal));
                Assert.All(compact.Rows, r => Assert.Equal(r.Cells.Count, r.Cells.Select(c => c.Column).Distinct().Count()));
            });

    private static TableBlock Table(params (string Text, int Column, int Span)[][] rows) =>
        new(rows.Select(r => new SourceRow(r.Select(c => new SourceCell(c.Text, c.Column, At, c.Span)).ToList(), At)).ToList(), At);

    private static List<string> Cells(SourceRow row) => row.Cells.Select(c => $"{c.Column}:{c.Text}:{c.ColumnSpan}").ToList();
}
