using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// An empty borderless table (its header and 栏次, then a 合计 without figures: 本单位无…) whose 合计 row stands alone at the
/// top of the next page: the row is the table's (issue 12, class 10: 表八 with a page break before its last row). Under a
/// table that holds figures, a lone label without figures is not read into it.
/// </summary>
public class EmptyTableTotalTests
{
    [Theory]
    [InlineData("合", "计")]
    [InlineData("合计", null)]
    [InlineData("总  计", null)]
    public void An_empty_tables_total_alone_at_the_top_of_the_next_page_is_its_row(string label, string? rest)
    {
        var total = rest is null ? Line(760, (label, 50)) : Line(760, (label, 50), (rest, 110));
        var table = Assert.Single(Read(Header, total).OfType<TableBlock>());
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(label.Replace(" ", "") + rest, string.Concat(table.Rows[^1].Cells.Select(c => c.Text.Replace(" ", ""))));
    }

    [Fact]
    public void A_label_alone_under_a_table_with_figures_is_not_its_row()
    {
        var table = Assert.Single(Read([.. Header, Line(718, ("2080505", 50), ("机关事业单位基本养老保险缴费支出", 150), ("10.17", 300), ("10.17", 370), ("0.00", 450))], Line(760, ("合", 50), ("计", 110))).OfType<TableBlock>());
        Assert.Equal("2080505", table.Rows[^1].Cells[0].Text);
    }

    private static readonly PdfLine[] Header =
    [
        Line(760, ("项目", 50), ("本年支出", 370)),
        Line(746, ("功能分类科目编码", 50), ("科目名称", 150), ("合计", 300), ("基本支出", 370), ("项目支出", 450)),
        Line(732, ("栏次", 50), ("1", 320), ("2", 390), ("3", 470)),
    ];

    private static IReadOnlyList<Block> Read(PdfLine[] page, PdfLine total) =>
        PlacedLine.Read(page, [total, Line(740, ("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", 50))]);

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
