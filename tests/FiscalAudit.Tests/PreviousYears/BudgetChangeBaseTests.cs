using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>
/// FA7001 on a 部门预算 paired with the department's budget of the year before: a change against 上年预算 (named or
/// not) is checked against last year's budget; a change against 上年预算执行数 or 决算数, which no budget prints, is not.
/// </summary>
public class BudgetChangeBaseTests
{
    private const string Previous2024 = "2024年度“三公”经费预算支出40.00万元。本部门2024年收入预算合计1,200.00万元。";

    private static List<Finding> Paired(string statement)
    {
        var auditor = new Auditor();
        var earlier = auditor.Audit("示例局2024年部门预算.md", Encoding.UTF8.GetBytes(Budget(2024, Previous2024)));
        var later = auditor.Audit("示例局2025年部门预算.md", Encoding.UTF8.GetBytes(Budget(2025, statement)));
        Assert.Equal("部门预算", later.Disclosure!.KindName);
        Assert.DoesNotContain(later.Findings, f => f.RuleId == "FA7001");
        return auditor.CheckWith(later, earlier.Disclosure!, sameUnit: false).Findings.Where(f => f.RuleId == "FA7001").ToList();
    }

    private static string Budget(int year, string explanation) =>
        $"# 示例市{year}年区级部门预算\n\n预算主管部门：示例市示例局\n\n## {year}年部门预算编制说明\n\n{explanation}\n";

    [Theory]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比上年减少3.00万元，下降7.5%。", 39.00)]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比上年预算减少3.00万元，下降7.5%。", 39.00)]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比2024年预算数减少3.00万元，下降7.5%。", 39.00)]
    [InlineData("2025年度“三公”经费预算支出36.00万元，与上年预算数相比，减少3.00万元。", 39.00)]
    public void A_change_against_last_years_budget_is_checked_against_it(string statement, double implied)
    {
        var finding = Assert.Single(Paired(statement));
        Assert.Equal(40.00m, finding.Expected);
        Assert.Equal((decimal)implied, finding.Actual);
        Assert.Contains("上年文件“示例局2024年部门预算.md”情况说明中为 40.00万元", finding.Message);
        Assert.Contains("按此应减少 4.00 万元", finding.Message);
    }

    [Theory]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比2024年预算执行数减少3.00万元，下降7.69%。")]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比上年执行数减少3.00万元。")]
    [InlineData("2025年度“三公”经费预算支出36.00万元，较上年决算数减少3.00万元。")]
    public void A_change_against_a_figure_no_budget_prints_is_not_checked(string statement) =>
        Assert.Empty(Paired(statement));

    [Theory]
    [InlineData("2025年度“三公”经费预算支出36.00万元，比上年减少4.00万元，下降10%。")]
    [InlineData("本部门2025年收入预算合计1,260.00万元，与上年相比，收入预算合计增加60.00万元，增长5%。")]
    public void A_change_that_agrees_with_last_years_budget_is_not_reported(string statement) =>
        Assert.Empty(Paired(statement));
}
