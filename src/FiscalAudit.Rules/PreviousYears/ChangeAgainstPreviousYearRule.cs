using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.PreviousYears;

/// <summary>
/// FA7001: “比上年增加Δ” implies 上年 = 本年 ∓ Δ; when the same unit's previous-year document is given, that
/// amount must be its figure of the same quantity (its table cell, else its statement), within the
/// rounding of the three printed numbers. 本年 is the statement's amount, or its table cell when the two
/// differ (FA3001 reports that). A quantity the previous document does not print is not checked, nor a change
/// against a figure it does not hold (“比上年预算执行数增加” beside a 部门预算: like is compared with like), nor one against this
/// year's budget (“较年初预算增加”).
/// </summary>
public sealed class ChangeAgainstPreviousYearRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA7001", "增减额与上年文件不符", Severity.Error, RuleCategories.PreviousYear,
        "增减额推出的上年数是否与上年文件相同。",
        new[] { DocumentKind.FinalAccounts, DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.PreviousYear is not { } previous) yield break;
        foreach (var c in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Change))
        {
            if (c.Against != ChangeBase.LastYear || c.Amount is not PrintedNumber delta || c.Subject is not { Amount: PrintedNumber stated } subject || !PreviousFigure.Holds(previous.Kind, c.Base)) continue;
            if (PreviousFigure.Find(subject, previous) is not { } figure) continue;
            var current = PreviousFigure.ThisYear(subject, stated);
            var implied = current.Interval - delta.Interval * c.Direction;
            if (implied.Overlaps(figure.Number.Interval)) continue;
            var impliedValue = current.Value - c.Direction * delta.Value;
            var change = current.Value - figure.Number.Value;
            yield return Rule.Report(
                (FormattableString)$"“{subject.Quantity}”本年 {Ratios.Amount(current)}，说明称比上年{Words(c.Direction)} {Ratios.Amount(delta)}，推算上年为 {Amounts.Worked(impliedValue, delta.Decimals, current, delta)} 万元；上年文件“{Path.GetFileName(previous.File)}”{figure.Source}中为 {Ratios.Amount(figure.Number)}（{figure.Place.Describe()}），按此应{Expected(c, change, delta, figure.Number)}",
                FindingLocation.At(c.Location), figure.Number.Value, impliedValue, c.SubjectByName ? null : Severity.Warning,
                new[] { figure.Place });
        }
    }

    private static string Words(int direction) => direction < 0 ? "减少" : "增加";

    /// <summary>“增加 30.00 万元，增长 6.38%…”, or “与上年持平” when the previous figure is this year's.</summary>
    private static FormattableString Expected(NarrativeFact c, decimal change, PrintedNumber delta, PrintedNumber previous) =>
        change == 0m ? (FormattableString)$"与上年持平" : $"{Words(Math.Sign(change))} {Amounts.Worked(Math.Abs(change), delta.Decimals, delta, previous)} 万元{Rate(c, change, previous)}";

    /// <summary>“，下降 4.00%”: the rate the previous figure gives, when the statement printed a rate.</summary>
    private static string Rate(NarrativeFact c, decimal change, PrintedNumber previous) =>
        c.Percent is PrintedNumber p && previous.Value != 0m
            ? $"，{(change < 0 ? "下降" : "增长")} {Ratios.Percent(Math.Abs(change), previous.Value, p)}（说明写为{(c.Direction < 0 ? "下降" : "增长")} {Ratios.Show(p)}）"
            : string.Empty;
}
