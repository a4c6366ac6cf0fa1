using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// 表六-like tables printed without ruling lines, several panels of 科目编码 / 科目名称 / 决算数 side by side, as a sheet
/// scaled down to fit the page prints them (small type, columns close together): a header set at the left of a column of
/// amounts set flush right, nearer the names before it than the amounts, heads the amounts; the rest of the table on the
/// next page, where a last panel's total stands further right than any figure of that page, goes on in the table's columns.
/// </summary>
public class PanelColumnsTests
{
    [Theory]
    [InlineData(5.1)]
    [InlineData(6)]
    [InlineData(10)]
    public void A_header_left_in_a_column_of_amounts_set_flush_right_heads_the_amounts(double size)
    {
        var table = Assert.Single(PlacedLine.Read(FirstPage(size)).OfType<TableBlock>());
        Assert.Equal(["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"], Texts(table.Rows[0]));
        Assert.Equal(["301", "工资福利支出", "116.08", "30209", "物业管理费", "72.42", "307", "债务利息及费用支出", "0.00"], Texts(table.Rows[1]));
    }

    [Theory]
    [InlineData(5.1)]
    [InlineData(10)]
    public void A_last_panels_total_right_of_the_figures_on_the_next_page_stays_in_the_tables_columns(double size)
    {
        var next = new[]
        {
            Line(size, 760, ("30311", 54), ("代缴社会保险费", 100), ("0.00", 179), ("30239", 191), ("差旅费", 236), ("7.86", 279)),
            Line(size, 746, ("30399", 54), ("其他对个人和家庭的补助", 100), ("0.00", 179), ("30240", 191), ("会议费", 236), ("0.00", 279)),
            Line(size, 732, ("人员经费合计", 54), ("117.74", 174), ("公用经费合计", 191), ("74.84", 440)),
        };
        var table = Assert.Single(PlacedLine.Read(FirstPage(size), next).OfType<TableBlock>());
        Assert.Equal([(0, "30311"), (1, "代缴社会保险费"), (2, "0.00"), (3, "30239"), (4, "差旅费"), (5, "7.86")], Cells(table.Rows[^3]));
        Assert.Equal([(0, "人员经费合计"), (2, "117.74"), (3, "公用经费合计"), (8, "74.84")], Cells(table.Rows[^1]));
    }

    /// <summary>Three panels, names set flush left, amounts flush right, headers set left in their columns; x in points of a page printed with 5.1 pt type, scaled to <paramref name="size"/>.</summary>
    private static PdfLine[] FirstPage(double size) =>
    [
        Line(size, 790, ("科目编码", 54), ("科目名称", 100), ("决算数", 145), ("科目编码", 191), ("科目名称", 236), ("决算数", 263), ("科目编码", 291), ("科目名称", 336), ("决算数", 382)),
        Line(size, 776, ("301", 54), ("工资福利支出", 100), ("116.08", 174), ("30209", 191), ("物业管理费", 236), ("72.42", 276), ("307", 291), ("债务利息及费用支出", 336), ("0.00", 413)),
        Line(size, 769, ("30101", 54), ("基本工资", 100), ("44.63", 176), ("30201", 191), ("办公费", 236), ("7.82", 279), ("30701", 291), ("国内债务付息", 336), ("0.00", 413)),
        Line(size, 762, ("30102", 54), ("津贴补贴", 100), ("20.19", 176), ("30202", 191), ("印刷费", 236), ("1.97", 279), ("30702", 291), ("国外债务付息", 336), ("0.00", 413)),
        Line(size, 755, ("30110", 54), ("职工基本医疗保险", 100), ("4.95", 179), ("30208", 191), ("取暖费", 236), ("0.00", 279), ("310", 291), ("资本性支出", 336), ("2.42", 413)),
        Line(size, 748, ("30199", 54), ("其他工资福利支出", 100), ("24.71", 176), ("30207", 191), ("邮电费", 236), ("0.00", 279), ("31002", 291), ("办公设备购置", 336), ("2.42", 413)),
    ];

    /// <summary>A line of the 5.1 pt print set in <paramref name="size"/> point type, places and baseline scaled alike.</summary>
    private static PdfLine Line(double size, double baseline, params (string Text, double Left)[] words)
    {
        var scale = size / 5.1;
        return PlacedLine.Sized(size, 800 - (800 - baseline) * scale, words.Select(w => (w.Text, w.Left * scale)).ToArray());
    }

    private static List<string> Texts(SourceRow row) => row.Cells.Where(c => c.Text.Length > 0).Select(c => c.Text).ToList();

    private static List<(int, string)> Cells(SourceRow row) => row.Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text)).ToList();
}
