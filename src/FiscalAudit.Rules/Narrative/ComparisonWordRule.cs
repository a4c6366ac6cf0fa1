using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3013: “决算数大于/小于/等于预算数”, “决算数与预算数持平” must agree with the 预算 and 决算 stated just
/// before. 大于 needs some true values with 决算 &gt; 预算, 小于 the reverse, 等于/持平 overlapping intervals.
/// “基本持平” states no tolerance: only a gap above <see cref="LooseTolerance"/> of the larger amount is
/// reported, as 警告.
/// </summary>
public sealed class ComparisonWordRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3013", "比较用语与数字不符", Severity.Error, RuleCategories.Narrative,
        "“大于”“持平”等比较用语是否与数字相符。");

    /// <summary>The gap (share of the larger amount) beyond which “基本持平” is surely wrong.</summary>
    public const decimal LooseTolerance = 0.10m;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var c in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Comparison))
        {
            if (c.Amount is not PrintedNumber a || c.Budget is not PrintedNumber b) continue;
            var (actual, budget) = (a.Interval, b.Interval);
            var wrong = c.Direction switch
            {
                > 0 => actual.High <= budget.Low,
                < 0 => actual.Low >= budget.High,
                _ when c.Approximate => actual.GapTo(budget) > LooseTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)),
                _ => !actual.Overlaps(budget),
            };
            if (!wrong) continue;
            var relation = a.Value > b.Value ? "大于" : a.Value < b.Value ? "小于" : "等于";
            yield return Rule.Report(
                (FormattableString)$"说明称“{c.Quantity}”，但决算 {Ratios.Amount(a)}{relation}预算 {Ratios.Amount(b)}（差 {Amounts.Worked(Math.Abs(a.Value - b.Value), 2, a, b)}）",
                FindingLocation.At(c.Location), relation, c.Quantity, c.Approximate && c.Direction == 0 ? Severity.Warning : null, RelatedPlaces.Statements(c.Other));
        }
    }
}
