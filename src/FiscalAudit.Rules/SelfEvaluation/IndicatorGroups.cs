using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>One weighted child of an indicator group: a second-level group (<paramref name="IsGroup"/>) or an indicator, placed where its weight is printed.</summary>
internal sealed record WeightedChild(string Name, PrintedNumber? Weight, SourceLocation Location, bool IsGroup);

/// <summary>The weight tree of a project's indicators: first-level groups, their second-level groups and indicators.</summary>
internal static class IndicatorGroups
{
    /// <summary>
    /// The children whose weights make up a group's points: for a first-level group, its second-level groups when
    /// every one of them states points, else its indicators; for a second-level group, its indicators.
    /// </summary>
    public static IReadOnlyList<WeightedChild> Children(ProjectEvaluation p, IndicatorGroup g)
    {
        if (g.IsLevel1)
        {
            var level2 = p.Groups.Where(c => c.Parent == g.Name).ToList();
            if (level2.Count > 0 && level2.All(c => c.StatedPoints is not null))
                return level2.Select(c => new WeightedChild(c.Name, c.StatedPoints, c.PointsLocation, IsGroup: true)).ToList();
        }
        return Indicators(p, g).Select(i => new WeightedChild(i.Name, i.Weight, i.LocationOf(IndicatorColumns.Weight), IsGroup: false)).ToList();
    }

    /// <summary>The indicators under a group: all of a first-level group's, or those of one second-level group.</summary>
    public static IEnumerable<Indicator> Indicators(ProjectEvaluation p, IndicatorGroup g) =>
        p.Indicators.Where(i => g.IsLevel1 ? i.Level1 == g.Name : i.Level1 == g.Parent && i.Level2 == g.Name);

    /// <summary>Σ of the children's weights; null when there is no child or one has no weight.</summary>
    public static decimal? ChildSum(IReadOnlyList<WeightedChild> children) =>
        children.Count == 0 || children.Any(c => c.Weight is null) ? null : children.Sum(c => c.Weight!.Value.Value);

    /// <summary>
    /// The points of each first-level group named on the project's indicators, in order of appearance: the points
    /// printed with the group, else the sum of its children's weights; null when it has neither.
    /// </summary>
    public static IReadOnlyList<(string Name, decimal? Points)> Level1Points(ProjectEvaluation p) =>
        p.Indicators.Select(i => i.Level1).OfType<string>().Distinct().Select(name =>
        {
            var group = Level1(p, name) ?? new IndicatorGroup(name, null, p.Location);
            return (name, group.StatedPoints?.Value ?? ChildSum(Children(p, group)));
        }).ToList();

    /// <summary>The first-level group printed with this name, if any.</summary>
    public static IndicatorGroup? Level1(ProjectEvaluation p, string name) => p.Groups.FirstOrDefault(g => g.IsLevel1 && g.Name == name);
}
