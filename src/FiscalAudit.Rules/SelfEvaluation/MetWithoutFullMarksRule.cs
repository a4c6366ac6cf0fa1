using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4009: an indicator that met its target but lost points needs a 偏差原因 (“无”, “/” or template text give none).</summary>
public sealed class MetWithoutFullMarksRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4009", "完成目标未得满分且无偏差原因", Severity.Info, RuleCategories.SelfEvaluation,
        "实际完成值达到年度指标值但未得满分，且未说明偏差原因。");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Met by the numbers, or the actual repeats the target's words; word lists alone are too weak to ask for a reason.</summary>
    private static bool ClearlyMet(Indicator i) =>
        TargetAchievement.Judge(i, ScoringSchemes.Reference) == Outcome.Met
        && ((i.Target.IsNumeric && i.Actual.Value is not null) || i.Actual.Text == i.Target.Text);

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var i in p.Indicators)
        {
            if (i.Score is not PrintedNumber s || ProjectScorer.WeightOf(scheme, i) is not decimal w || s.Value >= w || ScoringSchemes.Reference.GivesReason(i.Deviation)) continue;
            if (!ClearlyMet(i)) continue;
            yield return Rule.Report(
                $"指标“{i.Name}”目标 {i.Target.Text}、实际 {i.Actual.Text} 已达到，得分 {s.Text} 低于分值 {EvaluationNumbers.Show(w)}，未说明偏差原因",
                EvaluationLocations.Indicator(p, i, "得分"), w, s.Value);
        }
    }
}
