using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>A rate is a rate however it is written: “5.20%”, full-width “５．２０％”, “百分之5.20”.</summary>
public class PercentFormTests
{
    [Theory]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长5.20%。")]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长５．２０％。")]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长百分之5.20。")]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长百分之 5.20。")]
    public void A_wrong_growth_rate_is_found_in_every_form(string text)
    {
        // 20.00 ÷ 500.00 = 4.00%, not 5.20%.
        var finding = Assert.Single(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3003");
        Assert.Contains("变动率应为 4.00%", finding.Message);
    }

    [Theory]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长4.00%。")]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长百分之4.00。")]
    [InlineData("2023年度收入合计520.00万元，比上年增加20.00万元，增长百分之四。")]
    public void A_right_growth_rate_is_silent_in_every_form(string text)
    {
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3003");
    }

    [Fact]
    public void A_share_written_with_bai_fen_zhi_is_checked()
    {
        var text = "2023年度本年支出合计505.00万元，其中：基本支出380.00万元，占百分之80.00；项目支出125.00万元，占百分之24.75。";
        var finding = Assert.Single(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3002");
        Assert.Contains("应为 75.25%", finding.Message);
    }
}
