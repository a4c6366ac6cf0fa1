using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 1, 4): the budget a change is measured against, stated inside the comparison in the wordings of county 情况说明
/// (沁阳 seed 002: “全年我单位共支付电费4.75万元，比年初列支的7万元电费预算减少了2.25万元”): after “的” (“比年初预算的199.99万元减少”),
/// named by how it was set (“较年初安排的…节约…”), closed by “相比” after its number (“与年初预算…相比减少”), or with the budget word
/// after the number (“…的7.00万元电费预算减少了”). Right, each gives no finding; a wrong difference is one FA3003 on its line naming
/// the budget; a budget of another item than the 决算 just stated is not compared.
/// </summary>
public class StatedBudgetWordingTests
{
    private const string Zhejiang = "zhejiang-county-approval-bureau.txt";

    private const string Item = "较年初预算199.99万元减少23.00万元";

    private const string LastItem = "主要原因是在职人员减少。\n";

    private const string Electricity = "\n2020年全年我单位共支付电费4.75万元，比年初列支的7.00万元电费预算减少了2.25万元，完成该项目的67.86%。\n";

    private static string Worded(string wording, string? electricity = null)
    {
        var text = Text(Zhejiang);
        Assert.Equal(1, text.Split(Item).Length - 1);
        text = text.Replace(Item, wording, StringComparison.Ordinal);
        return electricity is null ? text : text.Replace(LastItem, LastItem + electricity, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("比年初预算的199.99万元减少23.00万元")]
    [InlineData("较年初安排的199.99万元节约23.00万元")]
    [InlineData("与年初预算199.99万元相比减少23.00万元")]
    [InlineData("比年初批复的199.99万元预算减少了23.00万元")]
    public void A_right_difference_gives_no_finding(string wording) =>
        Assert.Empty(Check(Worded(wording, Electricity)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData("比年初预算的199.99万元减少32.00万元", "较年初预算的增减额应为减少 23.00万元")]
    [InlineData("较年初安排的199.99万元节约32.00万元", "较年初安排的增减额应为减少 23.00万元")]
    [InlineData("与年初预算199.99万元相比减少32.00万元", "较年初预算的增减额应为减少 23.00万元")]
    [InlineData("与年初预算199.99万元相比增加23.00万元", "较年初预算的增减额应为减少 23.00万元")]
    public void A_wrong_difference_is_one_finding_on_its_line(string wording, string named)
    {
        var text = Worded(wording);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3003", LineOf(text, wording)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_difference_from_an_items_budget_is_one_finding_on_its_line()
    {
        var text = Worded(Item, Electricity.Replace("减少了2.25万元", "减少了2.35万元", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3003", LineOf(text, "减少了2.35万元")), (finding.RuleId, finding.Location.Line));
        Assert.Contains("较年初列支的电费预算的增减额应为减少 2.25万元（决算4.75 − 年初列支的电费预算7.00）", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>“共支付电费…，比年初列支的…水费预算减少了…”: the budget of another item is no budget of the 决算 stated, so nothing is compared.</summary>
    [Fact]
    public void The_budget_of_another_item_is_not_compared() =>
        Assert.Empty(Check(Worded(Item, Electricity.Replace("电费预算减少了2.25万元", "水费预算减少了2.35万元", StringComparison.Ordinal))));

    /// <summary>“完成该项目的67.86%” after the comparison is of the budget it states (4.75 ÷ 7.00), not of one worked out from a wrong Δ.</summary>
    [Fact]
    public void A_completion_after_the_comparison_is_of_the_stated_budget()
    {
        var text = Worded(Item, Electricity.Replace("67.86%", "76.86%", StringComparison.Ordinal));
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3004", LineOf(text, "76.86%")), (finding.RuleId, finding.Location.Line));
    }
}
