using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: a breakdown of one item written in a bracket right after it (“财政拨款收入52,800.00万元，占95.65%（一般公共预算财政拨款
/// 收入50,300.00万元，占91.12%；政府性基金预算财政拨款收入2,500.00万元，占4.53%）；事业收入…”) lists the parts of that item, not more
/// items of the outer list; the bracket's close returns to the outer list. Shares stated in the bracket are of the outer whole.
/// </summary>
public class BracketedBreakdownTests
{
    private const string Guangdong = "2024年度本年收入合计55,200.00万元，其中：财政拨款收入52,800.00万元，占95.65%（一般公共预算财政拨款收入50,300.00万元，占91.12%；政府性基金预算财政拨款收入2,500.00万元，占4.53%）；事业收入1,900.00万元，占3.44%；其他收入500.00万元，占0.91%。";

    private const string Commas = "2023年度本年支出合计1,000.00万元，其中：基本支出700.00万元（人员经费600.00万元，公用经费100.00万元），项目支出300.00万元。";

    private const string InnerLead = "2023年度本年收入合计800.00万元，其中：财政拨款收入750.00万元（其中：一般公共预算财政拨款收入700.00万元、政府性基金预算财政拨款收入50.00万元）；其他收入50.00万元。";

    [Theory]
    [InlineData(Guangdong, "本年收入合计", "财政拨款收入", 3, 2)]
    [InlineData(Commas, "本年支出合计", "基本支出", 2, 2)]
    [InlineData(InnerLead, "本年收入合计", "财政拨款收入", 2, 2)]
    public void The_bracket_breaks_down_the_item_before_it_and_the_right_text_is_silent(string text, string outer, string item, int items, int parts)
    {
        var d = FromText(text);
        var whole = Assert.Single(d.Narrative.Facts, f => f.Quantity == outer);
        Assert.Equal(items, whole.Parts.Count);
        Assert.Equal(parts, Assert.Single(whole.Parts, p => p.Quantity == item).Parts.Count);
        Assert.Empty(NarrativeFindings(d));
    }

    [Theory]
    [InlineData(Guangdong, "政府性基金预算财政拨款收入2,500.00万元，占4.53%", "政府性基金预算财政拨款收入2,500.00万元，占5.43%", "FA3002", "“本年收入合计”55,200.00万元的比例应为 4.53%")]
    [InlineData(InnerLead, "政府性基金预算财政拨款收入50.00万元", "政府性基金预算财政拨款收入80.00万元", "FA3005", "“财政拨款收入”750.00万元小于所列各项之和 780.00")]
    [InlineData(Commas, "公用经费100.00万元", "公用经费150.00万元", "FA3005", "“基本支出”700.00万元小于所列各项之和 750.00")]
    [InlineData(InnerLead, "其他收入50.00万元", "其他收入80.00万元", "FA3005", "“本年收入合计”800.00万元小于所列各项之和 830.00")]
    public void A_planted_error_inside_or_after_the_bracket_is_found_against_its_own_whole(string text, string right, string wrong, string rule, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.Equal(rule, finding.RuleId);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_in_the_bracket_is_of_the_outer_whole()
    {
        var shares = FromText(Guangdong).Narrative.Facts.Where(f => f.Kind == FactKind.Share).ToList();
        Assert.Equal(5, shares.Count);
        Assert.All(shares, s => Assert.Equal("本年收入合计", s.Whole!.Quantity));
    }
}
