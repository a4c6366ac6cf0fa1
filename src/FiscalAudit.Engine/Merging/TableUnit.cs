using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One table printed in another unit (<see cref="TableUnitMerge"/>): 表五 printed in 元 under “单位：万元”: its comparisons with
/// 表三 and 表四 and the text's restatements of it differ by 10000 (the table's FA3020 holds the factor as its actual value);
/// each is folded into that one finding.
/// </summary>
internal static class TableUnit
{
    public static void Apply(IReadOnlyList<Finding> findings, Folds folds, TableUnitMerge merge)
    {
        var tables = Enumerable.Range(0, findings.Count).Where(k => merge.Keep.Contains(findings[k].RuleId) && findings[k].Actual is decimal).ToList();
        for (var a = 0; a < findings.Count && tables.Count > 0; a++)
        {
            if (!merge.Absorb.Contains(findings[a].RuleId) || folds.Into[a] is not null || FindingMerger.Values(findings[a]) is not var (low, high)) continue;
            var k = tables.FirstOrDefault(k => InTable(findings[a], findings[k].Location) && ByFactor(low, high, (decimal)findings[k].Actual!), -1);
            if (k >= 0) folds.Add(a, k, FoldKind.InUnit);
        }
    }

    /// <summary>True when one of the finding's places is a cell of the table at <paramref name="table"/>.</summary>
    private static bool InTable(Finding f, FindingLocation table) =>
        f.RelatedLocations.Prepend(f.Location).Any(p => FindingMerger.SameTable(p, table));

    /// <summary>True when <paramref name="high"/> is <paramref name="low"/> times the factor (or its inverse), each within half a unit of its last printed digit.</summary>
    private static bool ByFactor(decimal low, decimal high, decimal factor)
    {
        var ratio = factor >= 1m ? factor : 1m / factor;
        static decimal Half(decimal v) => new(5, 0, 0, false, (byte)Math.Min(v.Scale + 1, 28));
        return low != 0m && Math.Abs(high - low * ratio) <= ratio * Half(low) + Half(high);
    }
}
