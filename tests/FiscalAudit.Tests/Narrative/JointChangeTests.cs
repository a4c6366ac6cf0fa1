using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// FA3003 on two quantities stated apart and changed together in the next sentence (“收入总计1,065.00万元，支出总计1,065.00万元。
/// 与上年相比，收入总计和支出总计各增加55.00万元，增长5.45%”): either amount is this year's; amounts that differ give no one base.
/// </summary>
public class JointChangeTests
{
    [Theory]
    [InlineData("2024年度收入总计1,065.00万元，支出总计1,065.00万元。与上年相比，收入总计和支出总计各增加55.00万元，增长5.45%。")]
    [InlineData("2024年度收入总计1,065.00万元，支出总计1,065.00万元。收入总计、支出总计较上年各减少45.00万元，下降4.05%。")]
    [InlineData("本年收入合计980.00万元，本年支出合计980.00万元。收入合计及支出合计比上年各增加80.00万元，增长8.89%。")]
    public void A_right_joint_rate_is_no_finding(string text) => Assert.Empty(Findings(text, "FA3003"));

    [Theory]
    [InlineData("2024年度收入总计1,065.00万元，支出总计1,065.00万元。与上年相比，收入总计和支出总计各增加55.00万元，增长5.54%。", "5.45%")]
    [InlineData("2024年度收入总计1,065.00万元，支出总计1,065.00万元。收入总计、支出总计较上年各减少45.00万元，下降4.10%。", "4.05%")]
    [InlineData("本年收入合计980.00万元，本年支出合计980.00万元。收入合计及支出合计比上年各增加80.00万元，增长9.80%。", "8.89%")]
    public void A_wrong_joint_rate_is_one_finding_with_the_right_rate(string text, string expected)
    {
        var message = Assert.Single(Messages(text, "FA3003"));
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantities_stated_with_different_amounts_give_no_base() =>
        Assert.Empty(Findings("2024年度收入总计1,065.00万元，支出总计1,060.00万元。与上年相比，收入总计和支出总计各增加55.00万元，增长9.99%。", "FA3003"));
}
