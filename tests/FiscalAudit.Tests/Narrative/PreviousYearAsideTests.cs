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

    /// <summary>Last year's figure in a bracket right after the change (“比上年减少0.60万元（上年为6.00万元）”): 本年 ∓ Δ must give it.</summary>
    [Theory]
    [InlineData("3.公务接待费支出5.40万元，完成预算的67.50%，公务接待费支出决算比上年减少0.60万元（上年为6.00万元），主要原因是严格执行公务接待标准。", "（上年为6.00万元）", "（上年为6.20万元）", "增减额应为减少 0.80万元，说明写为减少 0.60万元")]
    [InlineData("2024年度机关运行经费支出970.00万元，比上年减少50.00万元（上年为1,020.00万元），主要原因是压减一般性支出。", "比上年减少50.00万元", "比上年减少30.00万元", "增减额应为减少 50.00万元，说明写为减少 30.00万元")]
    [InlineData("公务用车运行维护费支出19.20万元，较2023年增加1.20万元（2023年为18.00万元），主要原因是车辆老化维修费用增加。", "（2023年为18.00万元）", "（2023年为17.00万元）", "增减额应为增加 2.20万元，说明写为增加 1.20万元")]
    public void Last_years_figure_after_the_change_checks_the_change(string text, string right, string wrong, string expected)
    {
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3003");
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3003"));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_share_is_still_found_against_this_years_amount()
    {
        var d = FromText("2023年度本年支出合计505.00万元（上年为480.00万元），其中：基本支出380.00万元，占79.17%；项目支出125.00万元，占20.83%。");
        var share = Assert.Single(NarrativeFindings(d), f => f.RuleId == "FA3002" && f.Message.Contains("基本支出", StringComparison.Ordinal));
        Assert.Contains("“本年支出合计”505.00万元的比例应为 75.25%", share.Message);
        Assert.Contains(d.Narrative.Facts, f => f.Kind == FactKind.Share && f.Whole?.Quantity == "本年支出合计");
    }
}
