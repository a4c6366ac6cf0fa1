using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A budget raised during the year after a 年初预算 of none or 0 (“年初未安排预算，年中追加预算20万元”, “调整增加预算”, “追加预算”,
/// “预算调整后为”): a rate of 年初预算 is a rate from a zero base (FA3008); a rate of 调整预算, 全年预算 or of 预算 unnamed is of the
/// raised budget (FA3004). After a 年初预算 that is not 0 the increase alone states no budget: a rate of 调整预算 or 全年预算 is of the
/// 年初预算 plus the increases, less the decreases (“年中调减”, “调整减少”), when that budget is not stated; a rate of 预算 unnamed is not
/// checked.
/// </summary>
public class BudgetIncrementTests
{
    [Theory]
    [InlineData("公务接待费年初未安排预算，年中追加预算20万元，支出决算20万元，完成年初预算的100%。", "“公务接待费”年初预算原文为“年初未安排预算”")]
    [InlineData("会议费年初未安排预算，预算调整后为6.00万元，支出决算6.00万元，完成年初预算的100.00%。", "“会议费”年初预算原文为“年初未安排预算”")]
    [InlineData("培训费无年初预算，调整增加预算10.00万元，实际支出8.00万元，完成年初预算的80.00%。", "“培训费”年初预算原文为“无年初预算”")]
    [InlineData("2023年度公务用车运行维护费年初预算为0万元，追加预算15万元，支出决算12万元，完成年初预算的80%。", "“公务用车运行维护费”年初预算为 0万元")]
    public void A_rate_of_the_initial_budget_stated_as_none_is_from_a_zero_base(string text, string expected)
    {
        var finding = Assert.Single(Findings(text, "FA3008"));
        Assert.StartsWith(expected, finding.Message);
        Assert.Empty(Findings(text, "FA3004"));
    }

    [Theory]
    [InlineData("公务接待费年初未安排预算，年中追加预算20万元，支出决算20万元，完成调整预算的100%。")]
    [InlineData("公务用车运行维护费年初未安排预算，调整增加预算15.00万元，支出决算12.00万元，完成调整后预算的80.00%。")]
    [InlineData("培训费年初预算为0万元，追加预算10万元，支出决算8万元，完成全年预算的80%。")]
    [InlineData("会议费年初未安排预算，预算调整后为6.00万元，支出决算5.40万元，完成调整后预算的90.00%。")]
    [InlineData("差旅费无年初预算，年中追加8.00万元，实际支出7.20万元，预算执行率为90.00%。")]
    public void A_rate_of_the_raised_budget_is_checked_against_it(string text)
    {
        Assert.Empty(Findings(text, "FA3008"));
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Contains(FromText(text).Narrative.Facts, f => f.Budget is { Value: > 0m } && f.Amount is not null);
    }

    [Theory]
    [InlineData("公务接待费年初未安排预算，年中追加预算20万元，支出决算16万元，完成调整预算的100%。", "“公务接待费”调整预算 20万元、决算（执行数）16万元，完成率应为 80.00%")]
    [InlineData("培训费年初预算为0万元，追加预算10.00万元，支出决算8.00万元，完成全年预算的90.00%。", "“培训费”全年预算 10.00万元、决算（执行数）8.00万元，完成率应为 80.00%")]
    [InlineData("公务用车运行维护费年初未安排预算，调整增加预算15.00万元，支出决算12.00万元，预算执行率为90.00%。", "“公务用车运行维护费”调整预算 15.00万元、决算（执行数）12.00万元，完成率应为 80.00%")]
    public void A_wrong_rate_of_the_raised_budget_names_that_budget(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Findings(text, "FA3004")).Message);

    [Theory]
    [InlineData("公务接待费年初预算10万元，年中追加预算5万元，支出决算15万元，完成预算的100%。")]
    [InlineData("公务接待费年初预算10万元，年中追加预算5万元，支出决算15万元，完成预算的80%。")]
    public void A_rate_of_no_named_budget_after_an_increase_of_a_budget_that_is_not_zero_is_not_checked(string text)
    {
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Empty(Findings(text, "FA3008"));
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Budget is not null);
    }

    [Theory]
    [InlineData("2023年年初预算100万元，年中追加20万元，支出决算118万元，完成全年预算的98.33%。", 120)]
    [InlineData("培训费年初预算8.00万元，追加预算2.00万元，实际支出9.00万元，完成调整后预算的90.00%。", 10)]
    [InlineData("会议费年初预算100.00万元，年中调减15.00万元，支出决算80.00万元，完成调整预算的94.12%。", 85)]
    [InlineData("项目年初预算200.00万元，年中追加30.00万元，调整减少12.50万元，实际支出210.00万元，完成调整后预算的96.55%。", 217.5)]
    [InlineData("差旅费年初预算50.5万元，调增4.5万元，核减10万元，执行数为45万元，完成全年预算的100%。", 45)]
    public void A_rate_of_the_adjusted_budget_not_stated_is_of_the_initial_budget_and_its_changes(string text, double budget)
    {
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Equal((decimal)budget, Assert.Single(FromText(text).Narrative.Facts, f => f.Budget is not null).Budget!.Value.Value);
    }

    [Theory]
    [InlineData("2023年年初预算100万元，年中追加20万元，支出决算118万元，完成全年预算的90%。", "全年预算（年初预算100＋年中追加20） 120万元、决算（执行数）118万元，完成率应为 98.33%")]
    [InlineData("会议费年初预算100.00万元，年中调减15.00万元，支出决算80.00万元，完成调整预算的90.00%。", "调整预算（年初预算100.00－年中调减15.00） 85.00万元、决算（执行数）80.00万元，完成率应为 94.12%")]
    [InlineData("项目年初预算200.00万元，年中追加30.00万元，调整减少12.50万元，实际支出210.00万元，完成调整后预算的91.30%。", "调整后预算（年初预算200.00＋年中追加30.00－调整减少12.50） 217.50万元、决算（执行数）210.00万元，完成率应为 96.55%")]
    public void A_wrong_rate_of_the_adjusted_budget_not_stated_shows_how_it_is_worked_out(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Findings(text, "FA3004")).Message);

    [Theory]
    [InlineData("2023年年初预算100万元，年中追加20万元，支出决算118万元，完成年初预算的118%。")]
    [InlineData("会议费年初预算100.00万元，年中调减15.00万元，支出决算80.00万元，完成年初预算的80.00%。")]
    public void A_rate_of_the_initial_budget_stays_of_it(string text)
    {
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Equal(100m, Assert.Single(FromText(text).Narrative.Facts, f => f.Budget is not null).Budget!.Value.Value);
    }

    [Fact]
    public void The_adjusted_budget_worked_out_allows_what_its_printed_figures_allow_together()
    {
        // 100 and 20 each stand for ±0.5: 118.00 ÷ 119 = 99.16% is possible, although 118.00 ÷ 119.5 is not.
        var text = "2023年年初预算100万元，年中追加20万元，支出决算118.00万元，完成全年预算的99.16%。";
        Assert.DoesNotContain(Findings(text, "FA3004"), f => f.Severity == FiscalAudit.Core.Findings.Severity.Error);
        var beyond = "2023年年初预算100万元，年中追加20万元，支出决算118.00万元，完成全年预算的99.30%。";
        Assert.Equal(FiscalAudit.Core.Findings.Severity.Error, Assert.Single(Findings(beyond, "FA3004")).Severity);
    }

    [Theory]
    [InlineData("公务接待费年初未安排预算，支出决算20万元，完成调整后预算的100%。")]
    [InlineData("培训费无年初预算，实际支出8.00万元，完成全年预算的100.00%。")]
    public void A_rate_of_the_adjusted_budget_after_none_is_not_of_the_zero(string text)
    {
        Assert.Empty(Findings(text, "FA3008"));
        Assert.Empty(Findings(text, "FA3004"));
    }
}
