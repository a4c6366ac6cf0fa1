using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A budget raised during the year after a 年初预算 of none or 0 (“年初未安排预算，年中追加预算20万元”, “调整增加预算”, “追加预算”,
/// “预算调整后为”): a rate of 年初预算 is a rate from a zero base (FA3008); a rate of 调整预算, 全年预算 or of 预算 unnamed is of the
/// raised budget (FA3004). After a 年初预算 that is not 0 the increase alone states no budget, and a rate of it is not checked.
/// </summary>
public class BudgetIncrementTests
{
    [Theory]
    [InlineData("公务接待费年初未安排预算，年中追加预算20万元，支出决算20万元，完成年初预算的100%。", "“公务接待费”年初预算为 0万元")]
    [InlineData("会议费年初未安排预算，预算调整后为6.00万元，支出决算6.00万元，完成年初预算的100.00%。", "“会议费”年初预算为 0万元")]
    [InlineData("培训费无年初预算，调整增加预算10.00万元，实际支出8.00万元，完成年初预算的80.00%。", "“培训费”年初预算为 0万元")]
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
    [InlineData("培训费年初预算8.00万元，追加预算2.00万元，实际支出9.00万元，完成调整后预算的90.00%。")]
    public void An_increase_of_a_budget_that_is_not_zero_states_no_budget(string text)
    {
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Empty(Findings(text, "FA3008"));
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
