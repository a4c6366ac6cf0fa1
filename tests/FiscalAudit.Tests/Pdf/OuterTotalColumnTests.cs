using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless two-panel table (表六) continued on the next page, whose last row sets the second panel's total right of the
/// figures above it: on that page the total has a column of its own, beyond the right edge of the part on the page before. It is
/// that part's last column all the same, so the page goes on with the table — and a wrapped name's last character alone at the
/// top of the page (“贴”) is joined to its cell.
/// </summary>
public class OuterTotalColumnTests
{
    [Theory]
    [InlineData(true, 566)]
    [InlineData(false, 566)]
    [InlineData(true, 572)]
    [InlineData(false, 530)]
    public void A_total_set_beyond_the_last_column_stays_in_it(bool restOfName, double totalLeft)
    {
        var second = new List<PdfLine>();
        var top = 760.0;
        if (restOfName) second.Add(Row(top + 10, "", "", "贴", ""));
        foreach (var row in Body) second.Add(Row(top -= 14, row));
        second.Add(PlacedLine.At(top - 14, ("人员经费合计", 50), ("117.74", 260), ("公用经费合计", 310), ("74.84", totalLeft)));

        var tables = PlacedLine.Read(FirstPage(), [.. second]).OfType<TableBlock>().ToList();

        var table = Assert.Single(tables);
        var total = table.Rows[^1];
        Assert.Equal(("公用经费合计", "74.84"), (Text(total, 2), Text(total, 3)));
        Assert.Equal("117.74", Text(total, 1));
        Assert.Contains(table.Rows, r => Text(r, 2) == (restOfName ? "对民间非营利组织和群众性自治组织补贴" : "对民间非营利组织和群众性自治组织补"));
    }

    /// <summary>The rows of the part on the next page, before the total.</summary>
    private static readonly string[][] Body =
    [
        ["个人农业生产补贴", "0.00", "公务用车运行维护费", "0.00"],
        ["代缴社会保险费", "0.00", "其他交通费用", "7.86"],
        ["其他对个人和家庭的补助", "0.00", "税金及附加费用", "0.00"],
        ["绩效工资", "0.00", "水费", "1.37"],
        ["机关事业单位基本养老保险缴费", "10.17", "电费", "4.75"],
        ["职业年金缴费", "0.00", "邮电费", "1.08"],
        ["职工基本医疗保险缴费", "4.95", "取暖费", "0.00"],
        ["公务员医疗补助缴费", "0.00", "物业管理费", "0.00"],
        ["其他社会保障缴费", "0.13", "差旅费", "2.40"],
        ["", "", "其他商品和服务支出", "0.00"],
    ];

    private static PdfLine[] FirstPage() =>
    [
        Row(760, "科目名称", "决算数", "科目名称", "决算数"),
        Row(746, "工资福利支出", "116.08", "商品和服务支出", "72.42"),
        Row(732, "基本工资", "44.63", "办公费", "7.82"),
        Row(718, "津贴补贴", "20.19", "印刷费", "1.97"),
        Row(704, "奖金", "11.30", "咨询费", "0.00"),
        Row(690, "伙食补助费", "0.00", "手续费", "0.00"),
        Row(676, "奖励金", "0.00", "对民间非营利组织和群众性自治组织补", "0.00"),
    ];

    /// <summary>A row of both panels: name at 50, figure at 260; name at 310, figure at 530 (blank cells left out).</summary>
    private static PdfLine Row(double baseline, params string[] cells) =>
        PlacedLine.At(baseline, cells.Zip(new double[] { 50, 260, 310, 530 }).Where(c => c.First.Length > 0).ToArray());

    private static string Text(SourceRow row, int column) => row.Cells.FirstOrDefault(c => c.Column == column)?.Text ?? "";
}
