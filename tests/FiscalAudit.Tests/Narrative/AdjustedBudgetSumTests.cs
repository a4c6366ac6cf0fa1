using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// An adjusted budget stated after a 年初预算 and its changes during the year (FA3019): it must be the 年初预算 plus the increases
/// less the decreases, over the printed figures' rounding intervals.
/// </summary>
public class AdjustedBudgetSumTests
{
    [Theory]
    [InlineData("2023年年初预算100万元，年中追加20万元，全年预算125万元，支出决算118万元，完成全年预算的94.40%。", "全年预算 125万元 ≠ 年初预算100＋年中追加20 = 120万元（差 5）")]
    [InlineData("会议费年初预算100.00万元，年中调减15.00万元，调整后预算为80.00万元，支出决算80.00万元。", "“会议费”调整后预算 80.00万元 ≠ 年初预算100.00－年中调减15.00 = 85.00万元（差 5.00）")]
    [InlineData("项目年初预算200.00万元，年中追加30.00万元，调整减少12.50万元，调整预算为227.50万元。", "“项目”调整预算 227.50万元 ≠ 年初预算200.00＋年中追加30.00－调整减少12.50 = 217.50万元（差 10.00）")]
    [InlineData("培训费年初预算8.00万元，调增2.00万元，全年预算数为10.50万元，实际支出9.00万元。", "“培训费”全年预算 10.50万元 ≠ 年初预算8.00＋调增2.00 = 10.00万元（差 0.50）")]
    public void An_adjusted_budget_that_is_not_the_initial_budget_and_its_changes_is_found(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Findings(text, "FA3019")).Message);

    [Theory]
    [InlineData("2023年年初预算100万元，年中追加20万元，全年预算120万元，支出决算118万元，完成全年预算的98.33%。")]
    [InlineData("会议费年初预算100.00万元，年中调减15.00万元，调整后预算为85.00万元，支出决算80.00万元。")]
    [InlineData("项目年初预算200.00万元，年中追加30.00万元，调整减少12.50万元，调整预算为217.50万元。")]
    [InlineData("2023年年初预算100万元，年中追加20.4万元，全年预算121万元。")]
    public void An_adjusted_budget_that_the_printed_figures_allow_is_not_found(string text)
    {
        Assert.Empty(Findings(text, "FA3019"));
        Assert.Single(FromText(text).Narrative.Facts, f => f.Kind == FactKind.Adjustment);
    }

    [Theory]
    [InlineData("年初预算100万元，全年预算125万元，支出决算118万元。")]
    [InlineData("公务接待费年初未安排预算，年中追加预算20万元，调整预算25万元。")]
    public void Without_a_non_zero_initial_budget_and_its_changes_nothing_is_worked_out(string text) =>
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Kind == FactKind.Adjustment);
}
