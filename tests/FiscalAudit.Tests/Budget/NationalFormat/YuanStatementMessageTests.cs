using FiscalAudit.Engine;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.NationalFormat;

/// <summary>
/// The 临桂 budget, its tables in 元, as text and as a one-sheet workbook: a 三公 amount of the 说明 that contradicts its table is one
/// FA6402 finding whose messages print amounts as they were printed. A change worked out against the table's 上年 figure (restated
/// from 元 to 万元 with six decimals) prints like the cited figures (“减少 4.20万元”, never “4.200000万元”); an amount the 说明 prints in
/// 元 against a table in 元 is told in 元 (“说明为 68000元，…列为 62000元（差 6000元”), not both converted to 万元.
/// </summary>
public class YuanStatementMessageTests
{
    private static AuditResult Audit(string layout, (string Right, string Wrong) plant)
    {
        var text = Planted("lingui-budget-yuan.txt", new[] { plant });
        const string name = "桂林市临桂区农业农村局2025年部门预算";
        return layout == "text"
            ? new Auditor().Audit(name + ".txt", System.Text.Encoding.UTF8.GetBytes(text))
            : new Auditor().Audit(name + ".xlsx", ComposedRegionsBudgetTests.Workbook(text));
    }

    [Theory]
    [InlineData("text", "2025年“三公”经费财政拨款预算24.20万元", "2025年“三公”经费财政拨款预算26.20万元", "增减额应为减少 4.20万元")]
    [InlineData("workbook", "2025年“三公”经费财政拨款预算24.20万元", "2025年“三公”经费财政拨款预算26.20万元", "增减额应为减少 4.20万元")]
    [InlineData("workbook", "公务接待费6.20万元，比上年减少2.20万元", "公务接待费6.80万元，比上年减少2.20万元", "增减额应为减少 1.60万元")]
    [InlineData("text", "公务用车购置及运行费18.00万元，比上年减少4.00万元", "公务用车购置及运行费19.50万元，比上年减少4.00万元", "增减额应为减少 2.50万元")]
    public void A_change_against_a_previous_figure_in_yuan_prints_like_the_cited_figures(string layout, string right, string wrong, string words)
    {
        var finding = Assert.Single(Reported(Audit(layout, (right, wrong))));

        Assert.Equal("FA6402", finding.RuleId);
        Assert.Contains(words, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0000万元", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "2025年“三公”经费财政拨款预算24.20万元", "2025年“三公”经费财政拨款预算262000元", "“三公”经费说明为 262000元，表七“合计”列为 242000.00元（差 20000.00元")]
    [InlineData("workbook", "2025年“三公”经费财政拨款预算24.20万元", "2025年“三公”经费财政拨款预算262000元", "“三公”经费说明为 262000元，表七“合计”列为 242000元（差 20000元")]
    [InlineData("workbook", "公务接待费6.20万元，比上年减少2.20万元", "公务接待费68000元，比上年减少22000元", "公务接待费说明为 68000元，表七“公务接待费”列为 62000元（差 6000元")]
    [InlineData("text", "公务接待费6.20万元，比上年减少2.20万元", "公务接待费68,000.00元，比上年减少22,000.00元", "公务接待费说明为 68,000.00元，表七“公务接待费”列为 62000.00元（差 6,000.00元")]
    public void An_amount_printed_in_yuan_against_a_table_in_yuan_is_told_in_yuan(string layout, string right, string wrong, string words)
    {
        var finding = Assert.Single(Reported(Audit(layout, (right, wrong))));

        Assert.Equal("FA6402", finding.RuleId);
        Assert.StartsWith(words, finding.Message, StringComparison.Ordinal);
    }

    /// <summary>A 说明 in 万元 against the table in 元 still names both as compared, the cell with what it printed.</summary>
    [Fact]
    public void An_amount_printed_in_ten_thousands_against_a_table_in_yuan_is_told_in_ten_thousands()
    {
        var finding = Assert.Single(Reported(Audit("workbook", ("2025年“三公”经费财政拨款预算24.20万元", "2025年“三公”经费财政拨款预算26.20万元"))));

        Assert.StartsWith("“三公”经费说明为 26.20万元，表七“合计”列为 24.20（原文为“242000元”，已换算为万元）（差 2.00；", finding.Message, StringComparison.Ordinal);
    }
}
