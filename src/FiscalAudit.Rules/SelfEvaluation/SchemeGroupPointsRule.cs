using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4017: under a scheme that fixes its first-level points (<see cref="ScoringScheme.GroupPointsFixed"/>, e.g.
/// 决策15/过程25/产出25/效益35), each first-level group carries the scheme's points (printed, else the sum of
/// its children's weights) and no group of the scheme is missing. Of alternative schemes the one closest to the
/// table is compared (<see cref="ScoringSchemes.For(ProjectEvaluation)"/>).
/// </summary>
public sealed class SchemeGroupPointsRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4017", "一级指标分值与评分方案不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "一级指标的分值（或其下级分值之和）与评分方案规定的分值不同，或缺少评分方案的一级指标。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        if (!scheme.GroupPointsFixed || p.Indicators.Count == 0) yield break;
        var printed = IndicatorGroups.Level1Points(p);
        foreach (var g in scheme.Groups)
        {
            var found = printed.FirstOrDefault(x => x.Name == g.Name);
            if (found.Name is null)
            {
                yield return Rule.Report($"评价指标中没有一级指标“{g.Name}”，“{scheme.Name}”方案为 {EvaluationNumbers.Show(g.Points)} 分", EvaluationLocations.Project(p), g.Points, null);
            }
            else if (found.Points is decimal v && v != g.Points)
            {
                var at = IndicatorGroups.Level1(p, g.Name)?.Location ?? p.Indicators.First(i => i.Level1 == g.Name).Location;
                yield return Rule.Report($"一级指标“{g.Name}”分值 {EvaluationNumbers.Show(v)} 分，“{scheme.Name}”方案为 {EvaluationNumbers.Show(g.Points)} 分（差 {EvaluationNumbers.Show(v - g.Points)}）",
                    EvaluationLocations.Project(p, at, g.Name, "分值"), g.Points, v);
            }
        }
    }
}
