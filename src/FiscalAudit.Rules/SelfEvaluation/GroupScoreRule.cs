using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4018: a group's subtotal row (“产出指标 | … | 50 | 48.5”) prints the sum of the scores of the indicators under it,
/// within the rounding of the printed subtotal.
/// </summary>
public sealed class GroupScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4018", "一级指标得分小计与所属指标得分之和不符", Severity.Error, RuleCategories.SelfEvaluation,
        "一级（或二级）指标小计行的得分不等于其下各指标得分之和（已考虑舍入）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var g in p.Groups)
        {
            if (g.StatedScore is not PrintedNumber stated) continue;
            var indicators = IndicatorGroups.Indicators(p, g).ToList();
            var scores = indicators.Select(i => i.Score).ToList();
            if (scores.Count == 0 || scores.Any(s => s is null)) continue;
            var sum = scores.Sum(s => s!.Value.Value);
            if (stated.Interval.Contains(sum)) continue;
            yield return Rule.Report(
                $"{g.Name}小计得分 {stated.Text}，所属 {scores.Count} 项指标得分之和为 {EvaluationNumbers.Show(sum)}（{string.Join(" + ", scores.Select(s => s!.Value.Text))}，差 {EvaluationNumbers.Show(stated.Value - sum)}）",
                EvaluationLocations.Group(p, g, "得分"), sum, stated.Value,
                related: indicators.Select(i => EvaluationLocations.Indicator(p, i, "得分")).ToList());
        }
    }
}
