using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 2): “公务接待费支出预算0.30万元，支出决算0万元，完成预算的0%，决算数比预算下降10%” — a budget labelled “…支出预算”
/// (label-words.json budget endings) is the budget of the 决算 after it, not an amount listed beside it: a change stated against it
/// that the two amounts contradict is one FA3003, a completion rate they contradict one FA3004; right rates are silent.
/// </summary>
public class SpendingBudgetLabelTests
{
    public static TheoryData<string, string, string> Changes => new()
    {
        { "公务接待费支出预算0.30万元，支出决算0万元，完成预算的0%，决算数比预算下降{0}%。", "10", "100" },
        { "公务用车运行维护费支出预算10.00万元，支出决算8.00万元，决算数比预算下降{0}%。", "10", "20" },
        { "会议费支出预算5.00万元，支出决算5.50万元，完成预算的110%，决算数比预算增长{0}%，主要原因是会议次数增加。", "20", "10" },
        { "培训费支出预算为8.00万元，支出决算为6.00万元，较预算减少2.00万元，下降{0}%。", "20", "25" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_against_a_spending_budget_that_the_amounts_contradict_gives_one_finding(string sentence, string wrong, string right)
    {
        var finding = Assert.Single(Findings(string.Format(sentence, wrong), "FA3003"));
        Assert.Contains($"说明写为", finding.Message, StringComparison.Ordinal);
        Assert.Contains($" {right}.00%", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Location.Line);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_against_a_spending_budget_that_fits_the_amounts_is_silent(string sentence, string wrong, string right)
    {
        Assert.NotEqual(wrong, right);
        var text = string.Format(sentence, right);
        Assert.Empty(Findings(text, "FA3003"));
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Empty(Findings(text, "FA3005"));
    }

    [Theory]
    [InlineData("公务用车运行维护费支出预算10.00万元，支出决算8.00万元，完成预算的90%。", "80")]
    [InlineData("公务接待费支出预算2.00万元，支出决算1.50万元，完成预算的70.00%。", "75")]
    public void A_completion_rate_of_a_spending_budget_is_checked(string text, string expected)
    {
        var finding = Assert.Single(Findings(text, "FA3004"));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
