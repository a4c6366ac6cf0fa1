using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;

namespace FiscalAudit.Rules.PreviousYears;

/// <summary>
/// FA7002: a statement of last year's amount — “（上年为X万元）”, “上年决算数为X万元”, “比上年预算数X万元增加…”, or
/// “与上年持平” (last year's is this year's) — must agree, within rounding, with the same unit's previous-year
/// document: its figure of the same quantity (same table cell, else its statement). A statement naming a figure
/// the previous document does not hold (“上年预算数” beside a 决算, “上年执行数” beside a 预算) is not checked.
/// </summary>
public sealed class PreviousAmountRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA7002", "上年数与上年文件不符", Severity.Error, RuleCategories.PreviousYear,
        "说明中写明的上年数是否与上年文件相同。",
        new[] { DocumentKind.FinalAccounts, DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.PreviousYear is not { } previous) yield break;
        foreach (var f in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Previous))
        {
            if (f.Subject is not { Amount: PrintedNumber stated } subject || !PreviousFigure.Holds(previous.Kind, f.Base)) continue;
            if (PreviousFigure.Find(subject, previous) is not { } figure) continue;
            var current = PreviousFigure.ThisYear(subject, stated);
            var claimed = f.Amount ?? current;
            if (claimed.Interval.Overlaps(figure.Number.Interval)) continue;
            var where = $"上年文件“{Path.GetFileName(previous.File)}”{figure.Source}中为 {Ratios.Amount(figure.Number)}（{figure.Place.Describe()}）";
            var message = f.Amount is null
                ? $"“{subject.Quantity}”本年 {Ratios.Amount(current)}，说明称与上年持平；{where}，按此应{Change(current.Value - figure.Number.Value, current.Decimals)}"
                : $"说明称“{subject.Quantity}”上年为 {Ratios.Amount(claimed)}；{where}，相差 {PrintedNumber.Format(Math.Abs(claimed.Value - figure.Number.Value), claimed.Decimals)} 万元";
            yield return Rule.Report(message, FindingLocation.At(f.Location), figure.Number.Value, claimed.Value, related: new[] { figure.Place });
        }
    }

    private static string Change(decimal change, int decimals) =>
        $"{(change < 0 ? "减少" : "增加")} {PrintedNumber.Format(Math.Abs(change), decimals)} 万元";
}
