using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4501: in a department indicator tree each node's weight equals the sum of its children's; the
/// first-level weights add up to the total; first-level parts named by the department scheme carry its
/// points (部门决策35/部门管理20/部门绩效45); the 标准分 of the summary table equal the tree. Placed at the weight that
/// does not add up (a node's, the total's), the weights it is compared with related.
/// </summary>
public sealed class DepartmentWeightTreeRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4501", "部门评价指标权重之和不符", Severity.Warning, RuleCategories.DepartmentEvaluation,
        "部门评价各级指标权重之和是否等于上级权重。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var node in d.All().Where(n => n.Children.Count > 0 && n.Weight is not null && n.Children.All(c => c.Weight is not null)))
        {
            var sum = node.Children.Sum(c => c.Weight!.Value.Value);
            if (sum != node.Weight!.Value.Value)
                yield return Rule.Report($"“{node.Label}”权重 {node.Weight.Value.Text} 分，下级 {node.Children.Count} 项权重之和 {EvaluationNumbers.Show(sum)} 分（差 {EvaluationNumbers.Show(sum - node.Weight.Value.Value)}）",
                    Weight(d, node), node.Weight.Value.Value, sum, related: node.Children.Select(c => Weight(d, c)).ToList());
        }
        var scheme = ScoringSchemes.Department;
        var total = d.TotalWeight?.Value ?? scheme.Total;
        if (d.Indicators.Count > 0 && d.Indicators.All(n => n.Weight is not null) && d.Indicators.Sum(n => n.Weight!.Value.Value) is var top && top != total)
            yield return Rule.Report($"一级指标权重之和 {EvaluationNumbers.Show(top)} 分，合计应为 {EvaluationNumbers.Show(total)} 分",
                EvaluationLocations.DepartmentTotal(d, "权重"), total, top, related: d.Indicators.Select(n => Weight(d, n)).ToList());
        foreach (var node in d.Indicators)
        {
            var group = scheme.Groups.FirstOrDefault(g => g.Name == node.Name);
            if (group is not null && node.Weight is PrintedNumber w && w.Value != group.Points)
                yield return Rule.Report($"“{node.Label}”权重 {w.Text} 分，“{scheme.Name}”方案为 {EvaluationNumbers.Show(group.Points)} 分", Weight(d, node), group.Points, w.Value);
            var stated = d.StatedWeights.FirstOrDefault(s => s.Part == node.Name);
            if (stated is not null && node.Weight is PrintedNumber nw && stated.Score.Value != nw.Value)
                yield return Rule.Report($"得分简表“{node.Name}”标准分 {stated.Score.Text}，指标表为 {nw.Text} 分", EvaluationLocations.Department(d, stated.Location, node.Name, "标准分"), nw.Value, stated.Score.Value);
        }
    }

    /// <summary>A node by the cell printing its weight (“A1部门目标（12分）”).</summary>
    private static FindingLocation Weight(DepartmentEvaluation d, DepartmentIndicator node) => EvaluationLocations.Department(d, node.Location, node.Label, "权重");
}
