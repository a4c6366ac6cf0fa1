using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>“（上年为x万元）” or a year-led “（2022年为x万元）” after an amount is last year's figure (of that amount): never this year's amount, never the whole of a breakdown.</summary>
public class PreviousYearAsideTests
{
    [Theory]
    [InlineData("2023年度本年支出合计505.00万元（上年为480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元(上年决算数为480.00万元)，其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元（上年：480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元（2022年为480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元（2022年度：480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元(2022年决算数为480.00万元)，其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("2023年度本年支出合计505.00万元（2022 年度支出 480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    public void The_breakdown_is_of_this_years_amount(string text)
    {
        var d = FromText(text);
        Assert.DoesNotContain(d.Narrative.Facts, f => f.Amount?.Value == 480.00m && f.Kind != FactKind.Previous);
        Assert.Equal("本年支出合计", Assert.Single(d.Narrative.Facts, f => f.Kind == FactKind.Previous).Subject!.Quantity);
        Assert.All(d.Narrative.Facts.Where(f => f.Whole is not null), f => Assert.Equal("本年支出合计", f.Whole!.Quantity));
        Assert.DoesNotContain(NarrativeFindings(d), f => f.RuleId is "FA3002" or "FA3005");
    }

    /// <summary>A bracket that says more than the year's figure (a breakdown, a cause) is not an aside.</summary>
    [Theory]
    [InlineData("2023年度本年支出合计505.00万元（其中2023年新增项目支出125.00万元）。")]
    [InlineData("2023年度本年支出合计505.00万元（2023年新增信息化项目125.00万元）。")]
    public void A_bracket_about_something_else_is_not_last_years_figure(string text) =>
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Kind == FactKind.Previous);

    [Fact]
    public void A_wrong_share_is_still_found_against_this_years_amount()
    {
        var d = FromText("2023年度本年支出合计505.00万元（上年为480.00万元），其中：基本支出380.00万元，占79.17%；项目支出125.00万元，占20.83%。");
        var share = Assert.Single(NarrativeFindings(d), f => f.RuleId == "FA3002" && f.Message.Contains("基本支出", StringComparison.Ordinal));
        Assert.Contains("“本年支出合计”505.00万元的比例应为 75.25%", share.Message);
        Assert.Contains(d.Narrative.Facts, f => f.Kind == FactKind.Share && f.Whole?.Quantity == "本年支出合计");
    }
}
