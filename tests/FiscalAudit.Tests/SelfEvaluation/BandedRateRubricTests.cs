using System.Globalization;
using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 预算执行率 scored in bands (issue 12, class 8; FA4019): “执行率≥95%得10分，90%（含）-95%得8分，80%-90%得6分，80%以下不得分”
/// in the wordings of the provinces' forms, on 宁夏's third-party report (分值 5, 279.00 of 300.00 spent, 93.00%). The score of the
/// band the rate falls in is silent; a planted score of another band is one FA4019 at the score cell, and only that.
/// </summary>
public class BandedRateRubricTests
{
    private const string Folder = "RedTeam46";
    private const string Ningxia = "ningxia-third-party-25x4.md";
    private const string RateRow = "| 执行率≥95%得满分，每降低1个百分点扣0.5分，扣完为止 | 4 |";
    private const decimal PrintedTotal = 89.25m;

    /// <summary>The report with the rate row's rubric and score, its funds sentence and its totals edited to agree.</summary>
    private static string Report(string rubric, string score, string spent = "279.00", string rate = "93.00%")
    {
        var total = (PrintedTotal - 4m + decimal.Parse(score, CultureInfo.InvariantCulture)).ToString("0.##", CultureInfo.InvariantCulture);
        return Edited(Text(Ningxia, Folder), [
            ("实际支出279.00万元，预算执行率93.00%", $"实际支出{spent}万元，预算执行率{rate}"),
            (RateRow, $"| {rubric} | {score} |"),
        ]).Replace("89.25", total, StringComparison.Ordinal);
    }

    private static List<Finding> RateFindings(string text) =>
        Audit(Ningxia, text).Findings.Where(f => f.RuleId == "FA4019").ToList();

    /// <summary>Each wording with the score its band gives at 93.00% and a score of another band.</summary>
    public static TheoryData<string, string, string> Wordings { get; } = new()
    {
        { "执行率≥95%得5分，90%（含）-95%得4分，80%-90%得3分，80%以下不得分", "4", "5" },
        { "预算执行率90%（含）以上得满分，80%（含）-90%得3分，80%以下不得分", "5", "3" },
        { "执行率≥95%，得5分；85%≤执行率<95%，得3分；执行率<85%，得0分", "3", "4" },
        { "执行率达到100%的得5分，达到90%的得4分，达到80%的得3分，80%以下不得分", "4", "3" },
        { "执行率在95%以上（含95%）的，计满分；在85%（含）~95%之间的，计3分；低于85%的，计0分", "3", "5" },
        { "[95%,100%]得5分，[90%,95%)得4分，90%以下不得分", "4", "3" },
        { "执行率≥95%得满分；执行率在90%（含）-95%之间得分值的80%；90%以下不得分", "4", "2.5" },
        { "执行率=100%，得满分；95%≤执行率<100%，扣1分；90%≤执行率<95%，扣2分；执行率<90%，不得分", "3", "4" },
        { "100%得满分，90%-100%（不含）得3分，90%以下不得分", "3", "4" },
        { "≥95% 5分 90%-95% 4分 <90% 0分", "4", "0" },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void The_score_of_the_rates_band_is_silent_and_another_bands_is_one_finding_at_the_score_cell(string rubric, string banded, string other)
    {
        Assert.Empty(RateFindings(Report(rubric, banded)));

        var found = Assert.Single(RateFindings(Report(rubric, other)));
        Assert.EndsWith("预算执行率", found.Location.Row, StringComparison.Ordinal);
        Assert.Equal((object)decimal.Parse(other, CultureInfo.InvariantCulture), found.Actual);
        Assert.StartsWith($"指标“预算执行率”得分 {other} 不符合评分标准（", found.Message, StringComparison.Ordinal);
        Assert.Contains($"应得 {banded}（", found.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Rounding-aware: 284.97 of 300.00 is 94.99%, under 95%, so full marks is the wrong band; 284.99 is 95.00% as a rate is stated
    /// (94.997%), so both bands its figures allow are accepted.
    /// </summary>
    [Theory]
    [InlineData("284.97", "94.99%", "5", true)]
    [InlineData("284.97", "94.99%", "4", false)]
    [InlineData("284.99", "95.00%", "5", false)]
    [InlineData("285.00", "95.00%", "4", true)]
    public void The_band_is_that_of_the_rate_as_stated(string spent, string rate, string score, bool finding)
    {
        var text = Report("执行率≥95%得满分，90%（含）-95%得4分，90%以下不得分", score, spent, rate);

        Assert.Equal(finding, RateFindings(text).Count == 1);
    }

    /// <summary>
    /// A rubric whose scores do not all follow a rate (“按时支出得满分”), that scores above the weight or whose best band scores less,
    /// that steps down after its band (“每降低1个百分点扣0.5分” after “得5分”), scores rates reached by each 季度, or a range of points
    /// (“得3-4分”), is not checked.
    /// </summary>
    [Theory]
    [InlineData("执行率≥95%得满分，按时支出的得3分，否则不得分")]
    [InlineData("执行率≥95%得10分，90%-95%得8分，90%以下不得分")]
    [InlineData("执行率≥95%得满分，否则酌情扣分")]
    [InlineData("执行率≥95%得4分，90%（含）-95%得3分，90%以下不得分")]
    [InlineData("执行率≥95%得5分；低于95%的，每降低1个百分点扣0.5分，扣完为止")]
    [InlineData("一季度末执行率达到20%得1分；二季度末达到45%得1分；三季度末达到70%得1分；年底达到95%得2分")]
    [InlineData("执行率≥95%得5分，90%（含）-95%得3-4分，90%以下不得分")]
    public void A_rubric_that_is_not_a_ladder_of_rates_is_not_checked(string rubric) =>
        Assert.Empty(RateFindings(Report(rubric, "2")));
}
