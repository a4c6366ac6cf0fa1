using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4017: under a framework that fixes its first-level groups (<see cref="ScoringScheme.GroupPointsFixed"/>, 决策/过程/
/// 产出/效益), the groups' points (printed, else the sum of their children's weights) add up to the scheme's total. Any
/// weighting that does is a local scheme, not a mistake. When they do not, the finding names the cause: the one group that
/// differs from a published scheme the others match, else a missing group, else the sum. A report that states its scheme in
/// words (“分值分别为20分、20分、40分、20分”) is held to it instead: each group printed with other points is reported. A group
/// whose printed points differ from its children's sum is FA4002's finding: it is left out (and the sum is not judged).
/// </summary>
public sealed class SchemeGroupPointsRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4017", "一级指标分值与评分方案不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "各一级指标分值之和是否等于总分、符合评分方案。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        if (!scheme.GroupPointsFixed || p.Indicators.Count == 0) yield break;
        var printed = IndicatorGroups.Level1Points(p).Where(g => !Disputed(p, g.Name)).ToList();
        if (printed.Count == 0 || printed.Any(g => g.Points is null)) yield break;
        var sum = printed.Sum(g => g.Points!.Value);
        if (p.StatedGroupPoints.Count > 0)
        {
            foreach (var f in AgainstStatedScheme(p, printed)) yield return f;
            yield break;
        }
        if (sum == scheme.Total || printed.Count < IndicatorGroups.Level1Points(p).Count) yield break;
        var summed = $"各一级指标分值合计 {EvaluationNumbers.Show(sum)} 分（{string.Join(" + ", printed.Select(g => $"{g.Name} {EvaluationNumbers.Show(g.Points!.Value)}"))}），不等于总分 {EvaluationNumbers.Show(scheme.Total)} 分";
        if (OneGroupOff(p, printed) is var (known, name, points, expected))
        {
            yield return Rule.Report($"一级指标“{name}”分值 {EvaluationNumbers.Show(points)} 分：{summed}；其余一级指标与“{known.Name}”方案相同，该方案为 {EvaluationNumbers.Show(expected)} 分（差 {EvaluationNumbers.Show(points - expected)}）",
                EvaluationLocations.Project(p, At(p, name), name, IndicatorColumns.Weight), expected, points);
            yield break;
        }
        var missing = scheme.Groups.Where(g => printed.All(x => x.Name != g.Name)).ToList();
        if (missing.Count > 0)
        {
            yield return Rule.Report($"评价指标中没有一级指标“{string.Join("”“", missing.Select(g => g.Name))}”：{summed}（“{scheme.Name}”方案中缺少的部分为 {EvaluationNumbers.Show(missing.Sum(g => g.Points))} 分）",
                EvaluationLocations.Project(p), scheme.Total, sum);
            yield break;
        }
        yield return Rule.Report(summed, EvaluationLocations.Project(p, At(p, printed[0].Name), printed[0].Name, IndicatorColumns.Weight), scheme.Total, sum);
    }

    /// <summary>True when the group's printed points differ from the sum of its children's: FA4002's finding, so not this rule's.</summary>
    private static bool Disputed(ProjectEvaluation p, string name) =>
        IndicatorGroups.Level1(p, name) is { StatedPoints: { } stated } g && IndicatorGroups.ChildSum(IndicatorGroups.Children(p, g)) is decimal sum && sum != stated.Value;

    /// <summary>Each group whose points differ from those the report's text states for it.</summary>
    private static IEnumerable<Finding> AgainstStatedScheme(ProjectEvaluation p, IReadOnlyList<(string Name, decimal? Points)> printed)
    {
        foreach (var (name, points) in printed)
        {
            if (p.StatedGroupPoints.FirstOrDefault(s => s.Label == name) is not StatedAmount stated || stated.Amount.Value == points) continue;
            yield return Rule.Report($"一级指标“{name}”分值 {EvaluationNumbers.Show(points!.Value)} 分，报告文字所述评分方案为 {stated.Amount.Text} 分（差 {EvaluationNumbers.Show(points.Value - stated.Amount.Value)}）",
                EvaluationLocations.Project(p, At(p, name), name, IndicatorColumns.Weight), stated.Amount.Value, points.Value, related: new[] { FindingLocation.At(stated.Location) });
        }
    }

    /// <summary>A published scheme of the project's form with the same groups, all but one printing the scheme's points: that scheme, the group, its points and the scheme's.</summary>
    private static (ScoringScheme Scheme, string Group, decimal Points, decimal Expected)? OneGroupOff(ProjectEvaluation p, IReadOnlyList<(string Name, decimal? Points)> printed)
    {
        foreach (var s in ScoringSchemes.Schemes.Where(s => s.Form == p.Form.ToString() && s.GroupPointsFixed && s.Groups.Count == printed.Count))
        {
            var pairs = printed.Select(x => (x.Name, Points: x.Points!.Value, Expected: s.Groups.FirstOrDefault(g => g.Name == x.Name)?.Points)).ToList();
            if (pairs.Any(x => x.Expected is null)) continue;
            var off = pairs.Where(x => x.Points != x.Expected).ToList();
            if (off.Count == 1) return (s, off[0].Name, off[0].Points, off[0].Expected!.Value);
        }
        return null;
    }

    private static Core.Documents.SourceLocation At(ProjectEvaluation p, string group) =>
        IndicatorGroups.Level1(p, group)?.Location ?? p.Indicators.First(i => i.Level1 == group).Location;
}
