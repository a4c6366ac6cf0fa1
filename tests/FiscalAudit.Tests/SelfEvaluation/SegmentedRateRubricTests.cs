using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Rubrics that are not “执行率×分值” (issue 12, class 8): a 预算执行率 scored in segments (“执行率≥95%得满分，每降低1个百分点扣0.5分”,
/// 宁夏's third-party report, FA4019) and a 满意度 scored by the survey's share (“按问卷调查满意度×分值计分”, 大连's, FA4009).
/// </summary>
public class SegmentedRateRubricTests
{
    private const string Folder = "RedTeam46";
    private const string Ningxia = "ningxia-third-party-25x4.md";
    private const string Dalian = "dalian-third-party-15-25-25-35.md";
    private const string RateRow = "| 执行率≥95%得满分，每降低1个百分点扣0.5分，扣完为止 | 4 |";

    private static List<string> RateFindings(string text) =>
        Audit(Ningxia, text).Findings.Where(f => f.RuleId == "FA4019" && f.Location.Row!.EndsWith("预算执行率", StringComparison.Ordinal)).Select(f => f.Message).ToList();

    /// <summary>
    /// 93% is two points under 95%: 5 − 2 × 0.5 = 4, nothing else. 93.5% is one and a half: one step or two may be deducted
    /// (forms count started steps or whole ones), 4 and 4.5 both. 96% is above the segment: full marks. 80% is 15 steps: 0, not −2.5.
    /// </summary>
    [Theory]
    [InlineData("279.00", "93.00%", "4", false)]
    [InlineData("279.00", "93.00%", "4.5", true)]
    [InlineData("279.00", "93.00%", "3.5", true)]
    [InlineData("280.50", "93.50%", "4", false)]
    [InlineData("280.50", "93.50%", "4.5", false)]
    [InlineData("280.50", "93.50%", "5", true)]
    [InlineData("288.00", "96.00%", "5", false)]
    [InlineData("288.00", "96.00%", "4", true)]
    [InlineData("240.00", "80.00%", "0", false)]
    public void A_segmented_rate_rubric_is_scored_by_its_segments(string spent, string rate, string score, bool finding)
    {
        var text = Edited(Text(Ningxia, Folder), [
            ("实际支出279.00万元，预算执行率93.00%", $"实际支出{spent}万元，预算执行率{rate}"),
            (RateRow, RateRow.Replace("| 4 |", $"| {score} |", StringComparison.Ordinal)),
        ]);

        var found = RateFindings(text);

        Assert.Equal(finding, found.Count == 1);
        Assert.All(found, f => Assert.StartsWith($"指标“预算执行率”得分 {score} 不符合评分标准（≥95%满分、每低1个百分点扣0.5分）", f, StringComparison.Ordinal));
    }

    /// <summary>
    /// 受益群众满意度 met (91% ≥ 90%) and scored 7.28 of 8: the share its rubric scores by, no reason needed. Scored 7, or under a rubric
    /// that gives full marks for a met target, the lost points want a reason (FA4009). A table of whole scores may print the share as 7.
    /// </summary>
    [Theory]
    [InlineData("按问卷调查满意度×分值计分", "7.28", false)]
    [InlineData("按满意度比例得分", "7.28", false)]
    [InlineData("按问卷调查满意度×分值计分", "7.5", true)]
    [InlineData("≥90%得满分", "7.28", true)]
    public void A_satisfaction_scored_by_the_survey_share_needs_no_reason(string rubric, string score, bool hint)
    {
        var text = Edited(Text(Dalian, Folder), [("| 按问卷调查满意度×分值计分 | 7.28 |", $"| {rubric} | {score} |")]);
        if (score != "7.28") text = text.Replace("91.78", "92", StringComparison.Ordinal);

        var result = Audit(Path.ChangeExtension(Dalian, "txt"), AsTabSeparated(text));

        Assert.Equal(hint, result.Findings.Any(f => f.RuleId == "FA4009" && f.Location.Row!.EndsWith("受益群众满意度", StringComparison.Ordinal)));
    }
}
