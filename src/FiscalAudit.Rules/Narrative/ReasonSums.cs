using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// A change whose reasons are stated as all of it, each signed (“比2019年增加5.36万元。原因是：一是…劳务费增加4.20万元；二是…办公设备
/// 购置费增加1.16万元”, <see cref="NarrativeFact.Reasons"/>): the signed sum of the reasons is the change, within the rounding of the
/// printed numbers.
/// </summary>
internal static class ReasonSums
{
    public static IEnumerable<Finding> Wrong(Disclosure disclosure, RuleDescriptor rule)
    {
        foreach (var change in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Change && f.Reasons.Count > 0))
        {
            if (change.Amount is not PrintedNumber delta) continue;
            var sum = Interval.Sum(change.Reasons.Select(r => r.Amount!.Value.Interval * r.Direction));
            if (sum.Overlaps(delta.Interval * change.Direction)) continue;
            var printed = change.Reasons.Sum(r => r.Amount!.Value.Value * r.Direction);
            var list = string.Join("，", change.Reasons.Select(r => $"{r.Quantity}{Verb(r.Direction)}{Ratios.Show(r.Amount!.Value)}"));
            var expected = $"{Verb(Math.Sign(printed))} {PrintedNumber.Format(Math.Abs(printed), 2)}万元";
            var stated = $"{Verb(change.Direction)} {Ratios.Amount(delta)}";
            yield return rule.Report(
                $"“{change.Subject?.Quantity ?? change.Quantity}”{stated}，所列原因（{list}）合计为{expected}，二者不符",
                FindingLocation.At(change.Location), expected, stated, related: RelatedPlaces.Statements(change.Reasons));
        }
    }

    private static string Verb(int sign) => sign < 0 ? "减少" : "增加";
}
