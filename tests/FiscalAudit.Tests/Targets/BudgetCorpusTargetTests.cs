using FiscalAudit.Tests.Budget;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// The 15 real budgets: none carries a 项目支出绩效目标表 (上海 refers to the units' forms, 江苏 prints none), so none gets a
/// 绩效目标 finding; the 上海 绩效目标设置情况 statements are read as printed (values read by hand from the PDFs).
/// </summary>
public class BudgetCorpusTargetTests
{
    [SharedTheory]
    [InlineData("上海市普陀区财政局部门25年预算.pdf", 22, "4", "598.46", "中介机构服务费 418.80;财政业务费 10.00;信息化系统日常维护费 166.66;援滇干部工作经费 3.00", new[] { 24 })]
    [InlineData("上海市普陀区人民政府万里街道办事处25年预算.pdf", 30, "49", "8825.98", "", new int[0])]
    [InlineData("上海市普陀区人民政府办公室25年预算.pdf", 21, "11", "6626", "", new[] { 22 })]
    [InlineData("上海市普陀区人民政府办公室单位25年预算.pdf", 21, "11", "6626", "", new int[0])]
    [InlineData("上海市普陀区商务委员会25年预算.pdf", 22, "25", "11381.60", "", new[] { 23, 24, 25, 26 })]
    [InlineData("上海市普陀区商务委员会单位25年预算.pdf", 22, "25", "11381.60", "", new int[0])]
    public void Shanghai_statements_and_referrals_are_read(string file, int page, string count, string total, string listed, int[] referralPages)
    {
        var targets = BudgetCorpus.Audit(file).Disclosure!.ProjectTargets;
        var statement = Assert.IsType<FiscalAudit.Core.Model.Targets.TargetStatement>(targets.Statement);
        Assert.Equal(page, statement.Location.Page);
        Assert.Equal(count, statement.Count?.Number.Text);
        Assert.Equal(total, statement.Total?.Number.Text);
        Assert.Equal(listed, string.Join(";", statement.Projects.Select(p => $"{p.Name} {p.Amount.Number.Text}")));
        Assert.Equal(referralPages, targets.Referrals.Select(r => r.Page ?? 0).Distinct());
        Assert.Empty(targets.Forms);
    }

    [SharedFact]
    public void No_real_budget_gets_a_target_finding()
    {
        foreach (var (name, result) in BudgetCorpus.All)
        {
            Assert.Empty(result.Disclosure!.ProjectTargets.Forms);
            Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("FA66", StringComparison.Ordinal));
            Assert.True(name.StartsWith("江苏", StringComparison.Ordinal) == (result.Disclosure.ProjectTargets.Statement is null), name);
        }
    }
}
