using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// FA4019 on the composed 乡村公路养护 report (预算资金480.00万元，实际支出463.20万元, 96.50%): its 预算执行率 indicator
/// (分值 4, 评分标准 “执行率×分值”) scores 4 × 96.50% = 3.86, printed 3.9. Proportional rubrics in several wordings are
/// checked (警告), tiered ones are not, and with no rubric printed only a score above the proportional one is a hint.
/// </summary>
public class RateIndicatorScoreTests
{
    private const string Row = "| 预算执行率 | 4 | 执行率×分值 | | | 3.9 |";

    private static List<Finding> Found(string row, string? funds = null)
    {
        var text = Text(RoadMaintenance).Replace(Row, row, StringComparison.Ordinal);
        if (funds is not null) text = text.Replace("实际支出463.20万元，预算执行率96.50%", funds, StringComparison.Ordinal);
        return Audit("rate.md", text).Findings.Where(f => f.RuleId == "FA4019").ToList();
    }

    [Theory]
    [InlineData(Row)]
    [InlineData("| 预算执行率 | 4 | 执行率×分值 | | | 3.86 |")]
    [InlineData("| 预算执行率 | 4 | 得分=预算执行率*分值 | | | 3.86 |")]
    [InlineData("| 预算执行率 | 4 | 执行率≥95%得满分，每降低1%扣0.5分 | | | 4 |")] // tiered: a local rule, not checked
    [InlineData("| 预算执行率 | 4 | | | | 3.86 |")]
    public void A_score_that_follows_the_rate_or_a_tiered_rubric_is_no_finding(string row) => Assert.Empty(Found(row));

    [Theory]
    [InlineData("| 预算执行率 | 4 | 执行率×分值 | | | 4.0 |", "4.0")]
    [InlineData("| 预算执行率 | 4 | 预算执行率×该指标分值 | | | 4.00 |", "4.00")]
    [InlineData("| 预算资金执行率 | 4 | 按执行率比例计分 | | | 3.5 |", "3.5")]
    [InlineData("| 资金执行率 | 4 | 得分=执行率*权重 | | | 3.60 |", "3.60")]
    public void A_score_other_than_the_proportional_one_under_a_proportional_rubric_is_a_warning(string row, string printed)
    {
        var f = Assert.Single(Found(row));
        Assert.Equal((Severity.Warning, LineOf(RoadMaintenance, Row), "得分", 3.86m, printed), (f.Severity, f.Location.Line, f.Location.Column, (decimal)f.Expected!, ((decimal)f.Actual!).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("= 3.86", f.Message, StringComparison.Ordinal);
        Assert.Contains("96.50%", f.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(RoadMaintenance, "实际支出463.20万元"), Assert.Single(f.RelatedLocations).Line);
    }

    /// <summary>3.9 is 3.86 rounded as the table rounds every score (to 0.1); in a table that prints 3.25 elsewhere it is not.</summary>
    [Fact]
    public void A_rounded_score_in_a_table_that_prints_more_decimals_elsewhere_is_a_warning()
    {
        var text = Text(RoadMaintenance).Replace("| 执行有效得4分 | | | 3.3 |", "| 执行有效得4分 | | | 3.25 |", StringComparison.Ordinal);
        var f = Assert.Single(Audit("rate.md", text).Findings, f => f.RuleId == "FA4019");
        Assert.Equal((3.86m, 3.9m), ((decimal)f.Expected!, (decimal)f.Actual!));
    }

    [Fact]
    public void Without_a_rubric_only_a_score_above_the_proportional_one_is_a_hint()
    {
        var f = Assert.Single(Found("| 预算执行率 | 4 | | | | 4.00 |"));
        Assert.Equal((Severity.Info, 3.86m), (f.Severity, (decimal)f.Expected!));
        Assert.Empty(Found("| 预算执行率 | 4 | | | | 3.50 |"));
    }

    [Fact]
    public void A_rate_above_100_percent_earns_the_full_weight()
    {
        Assert.Empty(Found("| 预算执行率 | 4 | 执行率×分值 | | | 4.00 |", "实际支出490.00万元，预算执行率102.08%"));
        Assert.Single(Found("| 预算执行率 | 4 | 执行率×分值 | | | 3.90 |", "实际支出490.00万元，预算执行率102.08%"));
    }

    /// <summary>An indicator table with target and actual values of the rate is the target rules' (FA4008), not this rule's.</summary>
    [Fact]
    public void An_indicator_with_its_actual_value_is_left_to_the_target_rules()
    {
        Assert.Empty(Found("| 预算执行率 | 4 | 执行率×分值 | 100% | 96.5% | 4.00 |"));
    }
}
