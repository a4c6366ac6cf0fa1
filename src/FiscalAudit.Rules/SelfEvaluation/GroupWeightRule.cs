using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4002: the weights of a group's children add up to the points printed beside it ("产出指标（50分）"): a
/// second-level group's indicators, a first-level group's second-level groups when they all state points,
/// else its indicators (<see cref="IndicatorGroups.Children"/>). Placed at the cell of the group's points, the children's weights related.
/// </summary>
public sealed class GroupWeightRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4002", "指标分值之和与一级指标分值不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "下级指标分值之和是否等于上级指标标注的分值。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var g in p.Groups)
        {
            if (g.StatedPoints is not PrintedNumber stated) continue;
            var children = IndicatorGroups.Children(p, g);
            if (IndicatorGroups.ChildSum(children) is not decimal sum || sum == stated.Value) continue;
            var what = children[0].IsGroup ? "个二级指标" : "项指标";
            yield return Rule.Report(
                $"{g.Name}标注 {stated.Text} 分，所属 {children.Count} {what}分值之和为 {EvaluationNumbers.Show(sum)}（{string.Join(" + ", children.Select(c => c.Weight!.Value.Text))}，差 {EvaluationNumbers.Show(sum - stated.Value)}）",
                EvaluationLocations.Group(p, g, IndicatorColumns.Weight), stated.Value, sum,
                related: children.Select(c => EvaluationLocations.Project(p, c.Location, c.IsGroup ? $"{g.Name} · {c.Name}" : c.Name, IndicatorColumns.Weight)).ToList());
        }
    }
}
