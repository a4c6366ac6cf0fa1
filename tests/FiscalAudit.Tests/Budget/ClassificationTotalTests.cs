using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Kinds;

namespace FiscalAudit.Tests.Budget;

/// <summary>
/// FA6406 (folded into the FA6401 of the line whose amount is wrong) on a composed budget whose 功能分类 table totals 20,968,757元 (2,096.8757万元): 201 1,623.18, 22102 473.6957
/// (住房公积金 204.9197 + 购房补贴 268.776).
/// </summary>
public class ClassificationTotalTests
{
    private static List<Finding> Findings(string lines) =>
        KindTestKit.Audit("预算.md", "# 示例市2025年区级部门预算\n\n预算主管部门：示例区示例局\n\n## 2025年部门预算编制说明\n\n财政拨款支出主要内容如下：\n\n" + lines + BudgetNarrativeTableTests.ComposedTable)
            .Findings.Where(f => f.RuleId == "FA6406" || f.Message.Contains(FoldedTotal, StringComparison.Ordinal)).ToList();

    /// <summary>An FA6406 folded into the FA6401 of the same line (one wrong amount, the same difference) is quoted after this.</summary>
    private const string FoldedTotal = "；同一问题：功能分类科目说明各项合计";

    [Theory]
    [InlineData("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）”473.70万元。\n")]
    [InlineData("1.一般公共服务支出1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）”473.70万元。\n\n3.“住房保障支出（类）住房改革支出（款）住房公积金（项）”204.92万元。\n")]
    [InlineData("1.一般公共服务支出1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）住房公积金（项）”204.92万元。\n\n3.“住房保障支出（类）住房改革支出（款）购房补贴（项）”268.78万元。\n")]
    [InlineData("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）住房公积金（项）”204.92万元。\n")]
    public void Lines_that_name_what_they_state_or_cover_part_of_the_table_give_no_finding(string lines) =>
        Assert.Empty(Findings(lines));

    [Theory]
    [InlineData("1.一般公共服务支出1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）住房公积金（项）”473.70万元。\n", "1,828.10")]
    [InlineData("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元。\n\n2.“住房保障支出（类）住房改革支出（款）购房补贴（项）”473.70万元。\n", "1,891.96")]
    public void Lines_adding_up_to_the_total_that_name_a_narrower_row_are_reported(string lines, string named)
    {
        // The named line's own amount is wrong too (FA6401, by the same difference): one finding, FA6406 folded into it.
        var finding = Assert.Single(Findings(lines));
        Assert.Equal("FA6401", finding.RuleId);
        Assert.Single(finding.MergedIds);
        Assert.Contains(FoldedTotal + " 2,096.88 万元", finding.Message);
        Assert.Contains($"所列科目在表五中合计只有 {named} 万元", finding.Message);
        Assert.Contains(finding.RelatedLocations, l => l.Row == "合计");
    }
}
