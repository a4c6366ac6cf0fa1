using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4007: the printed grade matches the printed total under the scheme's thresholds (by default 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60).</summary>
public sealed class GradeRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4007", "等级与得分不符", Severity.Error, RuleCategories.SelfEvaluation,
        "评价等级与总分不符（按评分方案的等级标准，通常优 ≥ 90，良 80～90，中 60～80，差 < 60）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        if (p.Grade is not string grade || p.ReportedScore is not PrintedNumber score) yield break;
        var expected = scheme.GradeFor(score.Value);
        if (expected != grade)
            yield return Rule.Report($"总分 {score.Text} 对应等级“{expected}”，表中为“{grade}”", EvaluationLocations.Project(p, p.GradeLocation, "等级"), expected, grade);
    }
}
