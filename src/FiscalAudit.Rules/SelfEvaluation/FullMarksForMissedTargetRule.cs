using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4008: an indicator whose target was missed, or only partly met in words (目标 完善, 实际 基本完善; 目标 优, 实际 良), cannot
/// have full marks; nor can one printed without an actual value whose 扣分原因 or 评价说明 says the target was missed (third-party
/// tables: “管网铺设滞后，尚未完成年度目标”, <see cref="ReferenceScoring.ReasonSaysMissed"/>). When only the printed value misses and a value within its rounding would meet the target ("＞90%" with "90%"), 提示. A score above the weight
/// is FA4001's error, not also this one.
/// </summary>
public sealed class FullMarksForMissedTargetRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4008", "未完成目标却得满分", Severity.Error, RuleCategories.SelfEvaluation,
        "未达到年度指标值的指标是否得了满分。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var i in p.Indicators)
        {
            if (i.Score is not PrintedNumber s || ProjectScorer.WeightOf(scheme, i) is not decimal w || s.Value != w) continue;
            var outcome = TargetAchievement.Judge(i, ScoringSchemes.Reference);
            var where = EvaluationLocations.Indicator(p, i, IndicatorColumns.Score);
            if (outcome == Outcome.Unknown && i.Actual.IsEmpty && ScoringSchemes.Reference.ReasonSaysMissed(i.Deviation))
            {
                yield return Rule.Report($"指标“{i.Name}”的说明称“{i.Deviation}”，未达到目标却得满分 {s.Text}", where, w, s.Value);
                continue;
            }
            if (outcome is not (Outcome.Missed or Outcome.MissedAtBoundary or Outcome.Partial)) continue;
            var message = $"指标“{i.Name}”目标 {Show(i.Target.Text)}、实际 {i.Actual.Text}，{(outcome == Outcome.Partial ? "仅部分达到目标" : "未达到目标")}却得满分 {s.Text}";
            yield return outcome == Outcome.MissedAtBoundary
                ? Rule.Report(message + "（按印刷值恰好未达到，舍入范围内可能达到）", where, i.Target.Text, i.Actual.Text, Severity.Info)
                : Rule.Report(message, where, i.Target.Text, i.Actual.Text);
        }
    }

    private static string Show(string text) => text.Length == 0 ? "（空）" : text;
}
