using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4009: an indicator that lost points needs a 偏差原因 (“无”, “/” or template text give none): one that met its target
/// (unless its 评分标准 scores it by the actual share and the score is that share of its weight), and one that missed it in a table with a 偏差原因 column left blank on its row.
/// </summary>
public sealed class DeductionWithoutReasonRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4009", "未得满分且无偏差原因", Severity.Info, RuleCategories.SelfEvaluation,
        "未得满分的指标是否写明了偏差原因。");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Met by the numbers, or the actual repeats the target's words; word lists alone are too weak to ask for a reason.</summary>
    private static bool ClearlyMet(Indicator i, Outcome outcome) =>
        outcome == Outcome.Met && ((i.Target.IsNumeric && i.Actual.Value is not null) || i.Actual.Text == i.Target.Text);

    /// <summary>
    /// Scored by the survey's share as its 评分标准 says (“按问卷调查满意度×分值计分”: 91% of 8 is 7.28): the rubric explains the
    /// points a met percentage target lost.
    /// </summary>
    private static bool ScoredByShare(Indicator i, decimal weight, PrintedNumber score) =>
        i.Rubric is string rubric && ScoringSchemes.RateIndicator.IsProportional(rubric) && i.Actual is { Unit: "%", Value: PrintedNumber share }
        && PrintedNumber.RoundLike(weight * share.Value / 100m, score.Decimals) == score.Value;

    /// <summary>Missed or partly met (not only at the printed value's rounding), scored by the form's own columns rather than a printed 评分标准.</summary>
    private static bool MissedWithReasonColumn(Indicator i, Outcome outcome) =>
        outcome is Outcome.Missed or Outcome.Partial && i.ReasonColumn && string.IsNullOrWhiteSpace(i.Rubric);

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var i in p.Indicators)
        {
            if (i.Score is not PrintedNumber s || ProjectScorer.WeightOf(scheme, i) is not decimal w || s.Value >= w || ScoringSchemes.Reference.GivesReason(i.Deviation)) continue;
            var outcome = TargetAchievement.Judge(i, ScoringSchemes.Reference);
            var state = ClearlyMet(i, outcome) && !ScoredByShare(i, w, s) ? "已达到" : MissedWithReasonColumn(i, outcome) ? "未达到" : null;
            if (state is null) continue;
            yield return Rule.Report(
                $"指标“{i.Name}”目标 {i.Target.Text}、实际 {i.Actual.Text} {state}，得分 {s.Text} 低于分值 {EvaluationNumbers.Show(w)}，未说明偏差原因",
                EvaluationLocations.Indicator(p, i, IndicatorColumns.Score), w, s.Value);
        }
    }
}
