using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 class 1: a sentence that states its own base — a 年初预算 of 0 or none, in the words of different provinces — is judged
/// against that base (FA3008), never against 表七's 预算数 (20.00 / 12.00 / 8.00 here, the 全年预算 after the year's additions): no FA3004
/// of the table's budget, and no FA3001 for a 年初预算 that differs from the 全年预算.
/// </summary>
public class StatedBudgetBaseTests
{
    [Theory]
    [InlineData("1.公务接待费年初预算为0万元，支出决算为5.00万元，完成年初预算的100%，主要原因是年中追加预算。", Severity.Warning)]
    [InlineData("2.公务用车购置及运行费未安排年初预算，支出决算为10.00万元，完成年初预算的100%。", Severity.Warning)]
    [InlineData("3.因公出国（境）费年初预算数为0，支出决算为0万元，完成年初预算的0%。", Severity.Info)]
    [InlineData("公务接待费：预算数为0，决算数为5.00万元，完成预算的100%。", Severity.Warning)]
    [InlineData("2023年度“三公”经费支出决算15.00万元，完成预算的75.00%（年初预算为0万元）。", Severity.Warning)]
    [InlineData("公务用车购置及运行费年初无预算，全年支出10.00万元，预算执行率100%。", Severity.Warning)]
    [InlineData("公务接待费年初预算为零，实际支出5.00万元，完成年初预算的62.50%。", Severity.Warning)]
    public void A_stated_zero_base_is_judged_as_stated(string sentence, Severity severity)
    {
        var text = With(sentence);
        var finding = Assert.Single(Findings(text, "FA3008"));
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(LineOf(text, sentence[..8]), finding.Location.Line);
        Assert.DoesNotContain("表七", finding.Message);
        NoFindings(text, "FA3004", "FA3001");
    }

    /// <summary>The message names the budget as the sentence does, and quotes the rate as its words write it.</summary>
    [Theory]
    [InlineData("2023年度“三公”经费支出决算15.00万元，完成预算的75.00%（年初预算为0万元）。", "年初预算为 0万元", "完成预算的75.00%")]
    [InlineData("公务接待费支出决算5.00万元，完成预算的62.50%（年初预算数为0万元）。", "年初预算为 0万元", "完成预算的62.50%")]
    [InlineData("公务用车购置及运行费支出决算10.00万元，完成预算的100%（预算为0万元）。", "”预算为 0万元", "完成预算的100%")]
    [InlineData("公务接待费年初预算为0万元，支出决算为5.00万元，完成年初预算的100%。", "年初预算为 0万元", "完成年初预算的100%")]
    public void The_message_names_the_stated_budget_kind(string sentence, string budget, string rate)
    {
        var message = Assert.Single(Messages(With(sentence), "FA3008"));
        Assert.Contains(budget, message, StringComparison.Ordinal);
        Assert.Contains($"“{rate}”", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_budget_stated_apart_from_table_seven_is_still_a_restatement()
    {
        // “预算为6.00万元” names no 年初预算: it restates 表七's 预算数 8.00 and differs from it.
        var text = With("公务接待费预算为6.00万元，支出决算为5.00万元，完成预算的83.33%。");
        var finding = Assert.Single(Findings(text, "FA3001"));
        Assert.Equal(8.00m, (decimal)finding.Expected!);
        Assert.Empty(Findings(text, "FA3004"));
    }
}
