using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4018: a group's subtotal row (“产出指标 | … | 50 | 48.5”) prints the sum of the scores of the indicators under it,
/// within the rounding of the printed subtotal; a group printing its score twice (a 一级指标得分 column and a 小计 row) has each checked.
/// </summary>
public sealed class GroupScoreRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4018", "一级指标得分小计与所属指标得分之和不符", Severity.Error, RuleCategories.SelfEvaluation,
        "指标小计行得分是否等于其下各指标得分之和。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        foreach (var g in p.Groups)
        {
            var indicators = IndicatorGroups.Indicators(p, g).ToList();
            var scores = indicators.Select(i => i.Score).ToList();
            if (scores.Count == 0 || scores.Any(s => s is null)) continue;
            var sum = scores.Sum(s => s!.Value.Value);
            foreach (var (stated, at, underDeductions) in PrintedScores(p, g))
            {
                if (stated.Interval.Contains(sum)) continue;
                var message = (underDeductions ? DeductionMessage(g, stated, indicators, sum) : null)
                    ?? $"{g.Name}小计得分 {stated.Text}，所属 {scores.Count} 项指标得分之和为 {EvaluationNumbers.Show(sum)}（{string.Join(" + ", scores.Select(s => s!.Value.Text))}，差 {EvaluationNumbers.Show(stated.Value - sum)}）";
                yield return Rule.Report(message, at, sum, stated.Value,
                    related: indicators.Select(i => EvaluationLocations.Indicator(p, i, IndicatorColumns.Score)).ToList());
            }
        }
    }

    /// <summary>
    /// The scores printed for a group, each at its cell and whether it stands under 扣分: its group-score column's or subtotal row's
    /// (<see cref="IndicatorGroup.StatedScore"/>) and, when it prints both, the subtotal row's too (<see cref="IndicatorGroup.SubtotalScore"/>).
    /// </summary>
    private static IEnumerable<(PrintedNumber Score, FindingLocation At, bool UnderDeductions)> PrintedScores(ProjectEvaluation p, IndicatorGroup g)
    {
        var byDeduction = p.ScoreColumn == IndicatorColumns.Deduction;
        if (g.StatedScore is PrintedNumber stated) yield return (stated, EvaluationLocations.Group(p, g, IndicatorColumns.Score), byDeduction && g.StatedScoreColumn is null);
        if (g.SubtotalScore is PrintedNumber row)
            yield return (row, EvaluationLocations.Group(p, g with { StatedScoreLocation = g.SubtotalScoreLocation, StatedScoreColumn = null }, IndicatorColumns.Score), byDeduction);
    }

    /// <summary>
    /// A subtotal printed under 扣分 (a table scored by its deductions) told in deductions, as the row prints it: “产出小计扣分 0（得分 25），
    /// 所属 4 项指标扣分之和为 2（1 + 0 + 1 + 0，差 -2），小计得分应为 23”; null when the group's points or a weight is missing.
    /// </summary>
    private static string? DeductionMessage(IndicatorGroup g, PrintedNumber stated, List<Indicator> indicators, decimal sum)
    {
        if (g.StatedPoints is not PrintedNumber points || indicators.Any(i => i.Weight is null)) return null;
        var lost = points.Value - stated.Value;
        var each = indicators.Select(i => i.Weight!.Value.Value - i.Score!.Value.Value).ToList();
        var lostSum = each.Sum();
        return $"{g.Name}小计扣分 {EvaluationNumbers.Show(lost)}（得分 {stated.Text}），所属 {each.Count} 项指标扣分之和为 {EvaluationNumbers.Show(lostSum)}" +
            $"（{string.Join(" + ", each.Select(d => EvaluationNumbers.Show(d)))}，差 {EvaluationNumbers.Show(lost - lostSum)}），小计得分应为 {EvaluationNumbers.Show(sum)}";
    }
}
