using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A first-level cell merged over its group's rows is printed at the group's middle row when a PDF is copied as text or
/// its table rows are cut from the page: the rows above that cell then read as the previous group's, and the row beside
/// it prints either no second-level cell of its own (the second-level cell above, merged over both, goes on) or one of another
/// name (the group's first rows made second-level groups of their own: “资金到位 | 资金到位率”, then “过程 | 资金管理 | 预算执行率”).
/// Such rows are the next group's when the previous group's last rows are whole second-level runs, the next group's first
/// rows have no second-level name (or, where the framework's vocabulary puts every moved second-level name under the next
/// group, another), and the previous group's weights exceed its stated points by just what those rows weigh and the next
/// group's fall short. Without that vocabulary a row beside the cell with a second-level name of its own moves nothing: a
/// 产出指标（50分） whose 成本指标 weighs 15 more is a group mis-weighted, not a cell misplaced.
/// </summary>
internal static class MidGroupLevelCells
{
    /// <param name="section">The indicators and groups as read.</param>
    /// <param name="putsUnder">The framework's vocabulary: true when it puts a second-level name under a first-level group.</param>
    public static void Regroup(IndicatorSection section, Func<string, string, bool>? putsUnder = null)
    {
        var firsts = section.Groups.Where(g => g.IsLevel1 && g.StatedPoints is not null).ToList();
        for (var k = 0; k + 1 < firsts.Count; k++)
        {
            var (before, after) = (firsts[k], firsts[k + 1]);
            var inBefore = section.Indicators.Where(i => i.Level1 == before.Name).ToList();
            var inAfter = section.Indicators.Where(i => i.Level1 == after.Name).ToList();
            if (inBefore.Count < 2 || inAfter.Count == 0 || inBefore.Concat(inAfter).Any(i => i.Weight is null)) continue;
            var excess = inBefore.Sum(Weight) - before.StatedPoints!.Value.Value;
            if (excess <= 0 || inAfter.Sum(Weight) + excess != after.StatedPoints!.Value.Value) continue;
            var moved = Tail(inBefore, excess);
            var level2 = moved?[^1].Level2;
            if (moved is null || section.Indicators.IndexOf(moved[^1]) + 1 != section.Indicators.IndexOf(inAfter[0])) continue;
            if (inAfter[0].Level2 is string own && (own == level2 || putsUnder is null || !moved.All(i => putsUnder(after.Name, i.Level2!)))) continue;
            foreach (var i in moved) section.Indicators[section.Indicators.IndexOf(i)] = InGroup(i, after.Name, i.Level2);
            foreach (var i in inAfter.TakeWhile(i => i.Level2 is null)) section.Indicators[section.Indicators.IndexOf(i)] = InGroup(i, after.Name, level2);
            var stayed = section.Indicators.Where(i => i.Level1 == before.Name).Select(i => i.Level2).ToHashSet();
            for (var g = 0; g < section.Groups.Count; g++)
            {
                if (section.Groups[g].Parent == before.Name && moved.Any(i => i.Level2 == section.Groups[g].Name) && !stayed.Contains(section.Groups[g].Name))
                    section.Groups[g] = section.Groups[g] with { Parent = after.Name };
            }
        }
    }

    /// <summary>
    /// A row without its 一级 cell is placed under the first-level group the framework puts its second-level name under; when the
    /// table prints no such group (a 效益指标（40分） merged over its 服务对象满意度指标 rows, as forms of the 2015 framework print
    /// them, with no 满意度指标 of its own), the merged cell above covers the row: it stays in the group read before it.
    /// </summary>
    public static void KeepInPrintedGroups(IndicatorSection section)
    {
        var printed = section.Groups.Where(g => g.IsLevel1).Select(g => g.Name).ToHashSet();
        var indicators = section.Indicators;
        for (var i = 1; i < indicators.Count; i++)
        {
            if (indicators[i].Level1 is not string name || printed.Contains(name) || indicators[i - 1].Level1 is not string before || !printed.Contains(before)) continue;
            var moved = new HashSet<string?>();
            for (var k = i; k < indicators.Count && indicators[k].Level1 == name; k++)
            {
                moved.Add(indicators[k].Level2);
                indicators[k] = InGroup(indicators[k], before, indicators[k].Level2);
            }
            for (var g = 0; g < section.Groups.Count; g++)
            {
                if (section.Groups[g].Parent == name && moved.Contains(section.Groups[g].Name)) section.Groups[g] = section.Groups[g] with { Parent = before };
            }
        }
    }

    /// <summary>
    /// A second-level cell merged over its rows is printed at their middle too (a table without rulings, its rows read from the
    /// page): the first rows of a first-level group then print no second-level name, and the name lands on a row below. Such
    /// rows take the first second-level name below them in their group when the framework puts that name under the group.
    /// </summary>
    public static void FillLeadingLevel2(IndicatorSection section)
    {
        var indicators = section.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            var first = indicators[i];
            if (first.Level2 is not null || first.Level1 is not string level1 || (i > 0 && indicators[i - 1].Level1 == level1)) continue;
            var named = indicators.Skip(i).TakeWhile(x => x.Level1 == level1).FirstOrDefault(x => x.Level2 is not null);
            if (named?.Level2 is not string level2 || IndicatorLevels.ParentOf(level2) != level1) continue;
            for (var k = i; indicators[k].Level2 is null; k++) indicators[k] = InGroup(indicators[k], level1, level2);
        }
    }

    /// <summary>
    /// The last indicators of a group that weigh <paramref name="weight"/>: whole second-level runs (the rows of one second-level
    /// name, the last of which may go on in the next group), all but the group's first row at most; null otherwise.
    /// </summary>
    private static List<Indicator>? Tail(List<Indicator> group, decimal weight)
    {
        var sum = 0m;
        for (var start = group.Count - 1; start >= 1 && group[start].Level2 is not null && sum < weight; start--)
        {
            sum += Weight(group[start]);
            if (sum == weight && (start == 1 || group[start - 1].Level2 != group[start].Level2)) return group.GetRange(start, group.Count - start);
        }
        return null;
    }

    private static decimal Weight(Indicator i) => i.Weight!.Value.Value;

    private static Indicator InGroup(Indicator i, string level1, string? level2) => i.With(level1, level2, i.Deviation);
}
