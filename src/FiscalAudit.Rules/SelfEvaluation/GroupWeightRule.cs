using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4002: the weights of a first-level group add up to the points printed beside it ("产出指标（50分）").</summary>
public sealed class GroupWeightRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4002", "指标分值之和与一级指标分值不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "一级指标下各三级指标分值之和不等于该一级指标标注的分值（如“产出指标（50分）”）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var g in p.Groups)
        {
            if (g.StatedPoints is not PrintedNumber stated) continue;
            var members = p.Indicators.Where(i => i.Level1 == g.Name).ToList();
            if (members.Count == 0 || members.Any(i => i.Weight is null)) continue;
            var sum = members.Sum(i => i.Weight!.Value.Value);
            if (sum == stated.Value) continue;
            yield return Rule.Report(
                $"{g.Name}标注 {stated.Text} 分，所属 {members.Count} 项指标分值之和为 {EvaluationNumbers.Show(sum)}（{string.Join(" + ", members.Select(i => i.Weight!.Value.Text))}，差 {EvaluationNumbers.Show(sum - stated.Value)}）",
                EvaluationLocations.Project(p, g.Location, g.Name, "分值"), stated.Value, sum);
        }
    }
}
