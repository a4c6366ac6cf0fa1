using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4502: no indicator scores above its weight; the scored indicators add up to the total; each
/// first-level part's 实际得分 in the summary table equals the sum of its indicators. The sum is
/// <see cref="DepartmentEvaluation.RecomputedScore"/>, computed by <see cref="EvaluationScoring"/>.
/// </summary>
public sealed class DepartmentScoreRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4502", "部门评价得分超过权重或合计不符", Severity.Error, RuleCategories.DepartmentEvaluation,
        "部门评价指标得分是否超过权重、合计是否相符。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        var scored = d.All().Where(n => n.Score is not null).ToList();
        foreach (var n in scored.Where(n => n.Weight is PrintedNumber w && n.Score!.Value.Value > w.Value))
            yield return Rule.Report($"“{n.Label}”得分 {n.Score!.Value.Text} 高于权重 {n.Weight!.Value.Text}", EvaluationLocations.Department(d, n.ScoreLocation ?? n.Location, n.Label, IndicatorColumns.Score), n.Weight.Value.Value, n.Score.Value.Value);
        if (d.RecomputedScore is not decimal sum) yield break;
        if (d.TotalScore is PrintedNumber total && !total.Interval.Contains(sum))
            yield return Rule.Report($"合计得分 {total.Text} ≠ 各指标得分之和 {EvaluationNumbers.Show(sum)}（差 {EvaluationNumbers.Show(total.Value - sum)}）", EvaluationLocations.DepartmentTotal(d, IndicatorColumns.Score), sum, total.Value);
        foreach (var part in d.ScoreStatements.Where(s => s.Part is not null))
        {
            var node = d.Indicators.FirstOrDefault(n => n.Name == part.Part);
            if (node is null) continue;
            var partSum = node.SelfAndDescendants().Where(n => n.Score is not null).Sum(n => n.Score!.Value.Value);
            if (!part.Score.Interval.Contains(partSum))
                yield return Rule.Report($"得分简表“{part.Part}”实际得分 {part.Score.Text}，指标表中该部分得分之和 {EvaluationNumbers.Show(partSum)}", EvaluationLocations.Department(d, part.Location, part.Part, "实际得分"), partSum, part.Score.Value);
        }
    }
}
