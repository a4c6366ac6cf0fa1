using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4007: the printed grade matches the printed total, and a grade stated with the text's score (“自评得分92分，自评等级为
/// 优”) matches that score (or the total when the sentence gives none), under the thresholds of <see cref="GradeBandSets.Judge"/>.
/// </summary>
public sealed class GradeRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4007", "等级与得分不符", Severity.Error, RuleCategories.SelfEvaluation,
        "评价等级是否与总分所在的等级档次相符。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var set = disclosure.Evaluations;
        if (p.Grade is string grade && p.ReportedScore is PrintedNumber score && GradeBandSets.Judge(grade, score.Value, set, scheme, p.DepartmentWide) is GradeVerdict v)
            yield return Rule.Report(GradeBandSets.Describe(v, $"总分 {score.Text}", "所报等级", grade), EvaluationLocations.Project(p, p.GradeLocation, "等级"), v.Expected, grade, v.Severity);
        if (p.Summary is not { Grade: string stated } s || (s.Score ?? p.ReportedScore) is not PrintedNumber said) yield break;
        if (stated == p.Grade && said.Value == p.ReportedScore?.Value) yield break;
        if (GradeBandSets.Judge(stated, said.Value, set, scheme, p.DepartmentWide) is GradeVerdict w)
            yield return Rule.Report(GradeBandSets.Describe(w, $"{(s.Score is null ? "总分" : "文字所述得分")} {said.Text}", "文字", stated), EvaluationLocations.Project(p, s.GradeLocation ?? s.Location, "等级"), w.Expected, stated, w.Severity);
    }
}
