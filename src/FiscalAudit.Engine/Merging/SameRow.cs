using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One wrong row seen in every amount column (<see cref="SameRowMerge"/>): “302 商品和服务支出” 193.28 against its items' 193.64
/// in the 合计 column and again in the 公用经费 column is one mistyped row (or item), told once with the other columns listed.
/// Findings of one rule at one row of one table whose compared values differ by the same amount (rounding-aware, within the
/// merge's slack) are folded into the first of them in <see cref="FoldOrder"/>, whatever order the form reports them in, or into one
/// that already holds others: a 项 row mistyped in its 合计 and its 基本支出 column breaks its 款's sum in both, and the 合计 column's
/// finding, holding the sentence that restates the 项, holds the 基本支出 column's too.
/// </summary>
internal static class SameRow
{
    public static void Apply(IReadOnlyList<Finding> findings, Folds folds, SameRowMerge merge, FoldOrder order)
    {
        var ordered = Enumerable.Range(0, findings.Count).OrderBy(i => findings[i], order).ToList();
        for (var n = 0; n < ordered.Count; n++)
        {
            var a = ordered[n];
            if (!merge.Rules.Contains(findings[a].RuleId) || !folds.Free(a) || Difference(findings[a]) is not decimal d) continue;
            // Into the first before it, or into one after it that already holds others (the column whose figure a sentence restates).
            var k = ordered.Where((k, m) => m < n || !folds.Free(k)).FirstOrDefault(k => k != a && folds.Into[k] is null && findings[k].RuleId == findings[a].RuleId
                && SameRowOf(findings[k].Location, findings[a].Location) && Difference(findings[k]) is decimal e && Math.Abs(d - e) <= merge.Slack, -1);
            if (k >= 0) folds.Add(a, k, FoldKind.SameKind);
        }
    }

    private static bool SameRowOf(FindingLocation x, FindingLocation y) =>
        x.Table is not null && FindingMerger.SameTable(x, y) && x.Row is not null && x.Row == y.Row && x.Column != y.Column;

    private static decimal? Difference(Finding f) => f is { Expected: decimal e, Actual: decimal a } ? a - e : null;
}
