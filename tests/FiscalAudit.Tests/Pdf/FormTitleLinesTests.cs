using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Forms printed one after another without ruling lines, as a word processor sets them (issue 12, class 10): the previous form's 得分
/// row, the next form's title lines and its 项目名称/主管部门 rows all start at the tables' left edge, a line's pitch apart, like the
/// wrapped lines of cells (<see cref="BorderlessEvaluationFormTests"/> prints seed 002 so). A line that is a form's title (and its year in
/// brackets under it) ends the table over it and opens no row of the one under it: the 得分 row ends the first form, the title is text, and
/// the second form's table opens with its 项目名称.
/// </summary>
public class FormTitleLinesTests
{
    [Theory]
    [InlineData("项目支出绩效自评表", "(2020年度)")]
    [InlineData("项目支出绩效自评表（2021年度）", "")]
    [InlineData("2022年度项目支出绩效自评表", "")]
    [InlineData("沁阳市政务服务和大数据管理局整体支出绩效自评表", "（2020年度）")]
    [InlineData("项目支出绩效目标完成情况表", "(2023年)")]
    public void A_form_title_between_two_forms_ends_the_first_and_opens_no_row_of_the_second(string title, string year)
    {
        var blocks = PlacedLine.Read([.. Forms(title, year)]);

        var tables = blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["得分", "97.5分"], tables[0].Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text));
        var opening = tables[1].Rows[0].Cells.Where(c => c.Text.Length > 0).ToList();
        Assert.Equal("项目名称", opening[0].Text);
        Assert.StartsWith("政务大厅便民服务设备", opening[1].Text, StringComparison.Ordinal);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(title, StringComparison.Ordinal));
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Text.Contains("绩效", StringComparison.Ordinal) && c.Text.Contains('表'));
    }

    /// <summary>A one-cell line that ends like no form title (a wrapped indicator's rest, “…满意度调查表”) stays in the table it is printed in.</summary>
    [Fact]
    public void A_wrapped_cell_that_ends_like_no_form_title_stays_in_its_row()
    {
        var blocks = PlacedLine.Read([.. Forms("项目支出绩效自评表", "(2020年度)").Select(l => l.Text == "群众、帮扶村满意度" ? PlacedLine.At(l.Baseline, ("群众、帮扶村满意度调查表", 297)) : l)]);

        var first = blocks.OfType<TableBlock>().First();
        Assert.Contains(first.Rows.SelectMany(r => r.Cells), c => c.Text.EndsWith("满意度调查表", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("调查表", StringComparison.Ordinal));
    }

    /// <summary>Two forms in a word processor's print: the end of the first (its indicators and 得分), the title, the start of the second.</summary>
    private static IEnumerable<PdfLine> Forms(string title, string year)
    {
        var y = 742.0;
        PdfLine Next(params (string Text, double Left)[] words) => PlacedLine.At(y -= 14.2, words);
        yield return Next(("一级指标", 174), ("二级指标", 297), ("三级指标", 421), ("预期指标值", 545), ("实际完成指标值", 668));
        yield return Next(("效益指标", 174), ("生态效益指标", 297), ("营造良好的政风政治生态", 421), ("显著改善", 545), ("显著改善", 668));
        yield return Next(("可持续影响指标", 297), ("创造优良的政务服务环境", 421), ("长效", 545), ("持续推进", 668));
        yield return Next(("满意度指标", 50), ("服务对象满意度指标", 174), ("工作人员、办事企业和", 297), ("100%", 421), ("100%", 545));
        yield return Next(("群众、帮扶村满意度", 297));
        yield return Next(("得分", 50), ("97.5分", 297));
        yield return Next((title, 50));
        if (year.Length > 0) yield return Next((year, 50));
        yield return Next(("项目名称", 50), ("政务大厅便民服务设备", 297));
        yield return Next(("配置", 297));
        yield return Next(("主管部门", 50), ("沁阳市政务服务和大数", 297), ("实施单位", 545));
        yield return Next(("据管理局", 297));
        yield return Next(("项目预算执行情况", 50), ("预算数:", 297), ("3.65", 421), ("执行数:", 545), ("3.65", 668));
        yield return Next(("其中:本级财政资金", 297), ("3.65", 421), ("其中:本级财政资金", 545), ("3.65", 668));
        yield return Next(("上级补助", 297), ("上级补助", 545));
    }
}
