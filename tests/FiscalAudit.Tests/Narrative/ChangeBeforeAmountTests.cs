using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A change stated before the amount it brought its quantity to (“机关运行经费支出较上年增加5.00万元，为55.00万元，增长12.00%”): the
/// amount is the quantity's 本年 and the rate after it is the change's, so a wrong rate is FA3003 (of 本年 ∓ Δ) at the sentence; the right
/// rate, or an amount the change does not lead to, gives none.
/// </summary>
public class ChangeBeforeAmountTests
{
    [Theory]
    [InlineData("2023年度本部门机关运行经费支出较上年增加5.00万元，为55.00万元，增长12.00%。主要原因是新增办公用房。", "10.00%", "12.00%")]
    [InlineData("2023年度一般公共预算财政拨款基本支出比上年减少20.00万元，降至180.00万元，下降12.00%，主要原因是人员调出。", "10.00%", "12.00%")]
    [InlineData("2023年度政府采购支出总额比上年增加10万元，达到60万元，增长25%。", "20.00%", "25%")]
    [InlineData("本年度“三公”经费支出比上年减少1.50万元，为8.50万元，下降20.00%。", "15.00%", "20.00%")]
    public void A_wrong_rate_of_a_change_stated_before_its_amount_is_FA3003(string text, string expected, string printed)
    {
        var finding = Assert.Single(Findings(text, "FA3003"));
        Assert.Equal((expected, printed), ((string)finding.Expected!, (string)finding.Actual!));
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("2023年度本部门机关运行经费支出较上年增加5.00万元，为55.00万元，增长10.00%。主要原因是新增办公用房。")]
    [InlineData("2023年度一般公共预算财政拨款基本支出比上年减少20.00万元，降至180.00万元，下降10.00%，主要原因是人员调出。")]
    [InlineData("2023年度政府采购支出总额比上年增加10万元，其中货物类60万元，增长25%。")]
    [InlineData("机关运行经费支出较上年增加5.00万元，主要用于办公费55.00万元，增长12.00%。")]
    public void A_right_rate_or_no_reached_amount_gives_no_finding(string text) => Assert.Empty(Findings(text, "FA3003"));

    [Fact]
    public void The_amount_is_the_changed_quantitys()
    {
        var facts = FromText("2023年度本部门机关运行经费支出较上年增加5.00万元，为55.00万元，增长10.00%。").Narrative.Facts;
        var change = Assert.Single(facts, f => f.Kind == Core.Model.Facts.FactKind.Change);
        Assert.Equal(55.00m, change.Subject?.Amount?.Value);
        Assert.Equal("机关运行经费支出", change.Subject!.Key);
        Assert.Equal(10.00m, change.Percent?.Value);
    }
}
