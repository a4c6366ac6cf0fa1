using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A form's first row cut by the page end in a print without borders (issue 12, class 10): “项目名称” centred beside a name wrapped over and
/// under it at the foot of a page, or beside the name's first line with its rest opening the next page, over the form's table on the next
/// page (a Word print, whose cells stand at the top of their rows, opening the table with the name's rest: <see cref="WordPortraitPrintTests"/>). The lines are
/// that table's first row, the name whole in its column; lines at a page foot that are a title across the form, a sentence, or stand over
/// a table's body (a row of amounts) stay text.
/// </summary>
public class FootLabelRowTests
{
    [Theory]
    [InlineData("label centred beside a name wrapped over and under it")]
    [InlineData("label centred beside a name wrapped over four lines")]
    [InlineData("name's rest on a line of its own at the top of the next page")]
    [InlineData("name opening with its year, wrapped over and under the label")]
    [InlineData("name with its year, its rest at the top of the next page")]
    public void A_label_row_cut_by_the_page_end_is_the_first_row_of_the_table_on_the_next_page(string setting)
    {
        var (foot, head, name) = setting switch
        {
            "label centred beside a name wrapped over and under it" =>
                (new[] { Line(100, ("申报智慧城市大数据中心新基", 120)), Line(93, ("项目名称", 50)), Line(86, ("建项目前期经费", 120)) }, Array.Empty<PdfLine>(), "申报智慧城市大数据中心新基建项目前期经费"),
            "label centred beside a name wrapped over four lines" =>
                ([Line(114, ("沁阳市政务服", 120)), Line(100, ("务和大数据管", 120)), Line(93, ("项目名称", 50)), Line(86, ("理局整体支出", 120)), Line(72, ("绩效自评情况", 120))], [], "沁阳市政务服务和大数据管理局整体支出绩效自评情况"),
            "name opening with its year, wrapped over and under the label" =>
                ([Line(100, ("2023", 120), ("年智慧城市大数据中心", 140)), Line(93, ("项目名称", 50)), Line(86, ("新基建项目前期经费", 120))], [], "2023年智慧城市大数据中心新基建项目前期经费"),
            "name with its year, its rest at the top of the next page" =>
                ([Line(90, ("项目名称", 50), ("2024年度5G基站", 120))], [Line(778, ("建设补助资金", 120))], "2024年度5G基站建设补助资金"),
            _ => ([Line(90, ("项目名称", 50), ("政务大厅便民服务", 120))], [Line(778, ("设备配置", 120))], "政务大厅便民服务设备配置"),
        };

        var blocks = Read(foot, [.. head, .. Form]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal([(0, "项目名称"), (1, name)], table.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text)));
        Assert.Equal("主管部门", table.Rows[1].Cells[0].Text);
        Assert.Equal(Form.Length + 1, table.Rows.Count);
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("项目名称", StringComparison.Ordinal) || name.Contains(p.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a title across the form over its label")]
    [InlineData("a sentence beside the label")]
    [InlineData("over a table's body")]
    [InlineData("a page number under the label")]
    public void Lines_at_a_page_foot_that_are_no_label_row_of_the_table_on_the_next_page_stay_text(string setting)
    {
        var (foot, next) = setting switch
        {
            "a title across the form over its label" => (new[] { Line(100, ("城市大数据中心项目支出绩效自评表", 50)), Line(86, ("项目名称", 50)) }, Form),
            "a sentence beside the label" => ([Line(100, ("申报智慧城市大数据中心新基", 120)), Line(93, ("项目名称", 50)), Line(86, ("建项目已完成。", 120))], Form),
            "a page number under the label" => ([Line(100, ("申报智慧城市大数据中心新基", 120)), Line(93, ("项目名称", 50)), Line(86, ("12", 300))], Form),
            _ => ([Line(100, ("申报智慧城市大数据中心新基", 120)), Line(93, ("项目名称", 50)), Line(86, ("建项目前期经费", 120))], Form[1..]),
        };

        var blocks = Read(foot, next);

        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("项目名称", StringComparison.Ordinal));
        Assert.DoesNotContain(Assert.Single(blocks.OfType<TableBlock>()).Rows[0].Cells, c => c.Text == "项目名称");
    }

    /// <summary>A form's rows under its 项目名称: its units, then its budget and spending.</summary>
    private static readonly PdfLine[] Form =
    [
        Line(760, ("主管部门", 50), ("沁阳市财政局", 120), ("实施单位", 330), ("沁阳市财政局", 420)),
        Line(746, ("预算数", 50), ("6.00", 120), ("执行数", 330), ("5.50", 420)),
        Line(732, ("本级财政资金", 50), ("6.00", 120), ("本级财政资金", 330), ("5.50", 420)),
        Line(718, ("上级补助", 50), ("0.00", 120), ("上级补助", 330), ("0.00", 420)),
    ];

    /// <summary>A page ending with a form's title and <paramref name="foot"/>, and the page after it.</summary>
    private static IReadOnlyList<Block> Read(PdfLine[] foot, PdfLine[] next) =>
        PlacedLine.Read([Line(150, ("项目支出绩效自评表", 50)), .. foot], next);

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
