using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3019: an adjusted budget stated after a 年初预算 and its changes during the year (“年初预算100万元，年中追加20万元，调减5万元，
/// 全年预算115万元”) must equal the 年初预算 plus the increases less the decreases, over the printed figures' rounding intervals.
/// </summary>
public sealed class AdjustedBudgetSumRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3019", "调整预算与年初预算及调整数不符", Severity.Error, RuleCategories.Narrative,
        "调整预算是否等于年初预算加追加减调减。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Adjustment))
        {
            if (f.Amount is not PrintedNumber stated || f.Budget is not PrintedNumber worked || stated.Interval.Overlaps(worked.Interval)) continue;
            var name = f.Quantity.Length > 0 ? $"“{f.Quantity}”" : string.Empty;
            var decimals = PrintedNumber.MaxDecimals([stated, worked]);
            var difference = Amounts.Worked(Math.Abs(stated.Value - worked.Value), decimals, stated, worked);
            yield return Rule.Report(
                (FormattableString)$"{name}{f.BudgetName ?? "调整预算"} {Ratios.Amount(stated)} ≠ {f.Derivation} = {Ratios.Amount(worked)}（差 {difference}）",
                FindingLocation.At(f.Location), Ratios.Show(worked), Ratios.Show(stated));
        }
    }
}
