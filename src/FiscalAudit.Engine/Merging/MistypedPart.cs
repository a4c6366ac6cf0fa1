using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One mistyped part of a breakdown seen by its sum and by its share (<see cref="MistypedPartMerge"/>): in “支出预算9101.68万元，
/// 其中：基本支出2406.68万元，占27.04%；项目支出6641.00万元，占72.96%” the parts miss the whole by 54.00 and 2406.68 is not 27.04% of it;
/// 2406.68 + 54.00 = 2460.68 is 27.04% of 9101.68, so both say the one part is mistyped. A share finding whose whole is the sum
/// finding's whole, at the same sentence, and whose part corrected by the sum's difference gives the printed share (the part
/// within the merge's slack) is folded into the sum finding. A share wrong for its own sake stays its own finding.
/// </summary>
internal static class MistypedPart
{
    public static void Apply(IReadOnlyList<Finding> findings, Folds folds, MistypedPartMerge merge)
    {
        for (var a = 0; a < findings.Count; a++)
        {
            if (!merge.Absorb.Contains(findings[a].RuleId) || !folds.Free(a)) continue;
            var k = Enumerable.Range(0, findings.Count).FirstOrDefault(k => k != a && merge.Keep.Contains(findings[k].RuleId)
                && folds.Into[k] is null && FindingMerger.SamePlace(findings[k].Location, findings[a].Location) && Explains(findings[k], findings[a], merge.Slack), -1);
            if (k >= 0) folds.Add(a, k, FoldKind.WorkedOut);
        }
    }

    /// <summary>The share's part, corrected by what the parts miss the whole by, gives the printed share of that whole.</summary>
    private static bool Explains(Finding sum, Finding share, decimal slack)
    {
        if (sum is not { Expected: decimal whole, Actual: decimal parts } || share.Bases.Count != 2 || NumberText.Parse(share.Actual as string) is not { IsPercent: true } printed) return false;
        if (share.Bases[0].Printed is not { } w || w.Value != whole || share.Bases[1].Printed is not { } p || w.Value == 0m) return false;
        var corrected = p.Value + whole - parts;
        var implied = new Interval((corrected - slack - p.HalfUnit) / (w.Value + w.HalfUnit), (corrected + slack + p.HalfUnit) / (w.Value - w.HalfUnit));
        return implied.Overlaps(printed.Fraction);
    }
}
