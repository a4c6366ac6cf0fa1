using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// Shares the text states with neither amount (“基本支出占总支出的比重为49.97%”, “项目支出占一般公共预算支出的47.55%”): the part and the
/// whole named are looked up in the tables and the share worked out on their figures, rounding-aware — a budget's as its 编制说明's totals
/// (<see cref="BudgetStatements.CellsOf"/>, the part keyed by the whole as if listed under it), a final account's as extraction linked
/// them (<see cref="NarrativeFact.PartCells"/>, <see cref="NarrativeFact.WholeCells"/>). A part or whole the tables print in no cell, or
/// in cells of different figures (a 支出预算 or a 总支出 that is the 支出总计 or the 本年支出合计 of a document with a 上年结转), is not
/// known and gives no finding.
/// </summary>
internal static class TableShares
{
    public static IEnumerable<Finding> Wrong(Disclosure disclosure, RuleDescriptor rule)
    {
        foreach (var s in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Share && f.Subject is null && f.Percent is not null && !string.IsNullOrEmpty(f.Base)))
        {
            if (Figures(disclosure, s) is not var ((part, a), (total, w))) continue;
            var p = s.Percent!.Value;
            if (Ratios.Consistent(a.Interval, w.Interval, p) != false) continue;
            var expected = Ratios.Percent(a.Value, w.Value, p);
            yield return rule.Report(
                $"“{s.Quantity}”占“{s.Base}”的比例应为 {expected}（{part.Describe()} {a.Text} ÷ {total.Describe()} {w.Text}），说明写为 {Ratios.Show(p)}",
                FindingLocation.At(s.Location), expected, Ratios.Show(p), related: [part.Location, total.Location]);
        }
    }

    /// <summary>The part's cell and figure and the whole's, in one unit; null when either is not known.</summary>
    private static ((CellRef, PrintedNumber), (CellRef, PrintedNumber))? Figures(Disclosure disclosure, NarrativeFact share)
    {
        if (disclosure.Kind != DocumentKind.Budget)
        {
            return Single(share.PartCells) is { } p && Single(share.WholeCells) is { } w
                ? ((new CellRef(p.Table, p.Row, p.Column), p.Number), (new CellRef(w.Table, w.Row, w.Column), w.Number))
                : null;
        }
        var whole = QuantityKeys.Normalize(share.Base!);
        if (Single(BudgetStatements.CellsOf(disclosure, whole + "/" + share.Key)) is not { } part || Single(BudgetStatements.CellsOf(disclosure, whole)) is not { } total) return null;
        return ((part, part.Number!.Value), (total, total.InUnitOf(part).Number!.Value));
    }

    /// <summary>The first of the cells when every printed one holds the same figure; null when none is printed or they differ.</summary>
    private static CellRef? Single(IReadOnlyList<CellRef> cells)
    {
        var printed = cells.Where(c => c.Number is not null).ToList();
        return printed.Count > 0 && printed.All(c => c.InUnitOf(printed[0]).Number!.Value.Value == printed[0].Number!.Value.Value) ? printed[0] : null;
    }

    /// <summary>The first of the linked cells (each printed, in 万元) when all hold the same figure; null when there is none or they differ.</summary>
    private static LinkedCell? Single(IReadOnlyList<LinkedCell> cells) =>
        cells.Count > 0 && cells.All(c => c.Number.Value == cells[0].Number.Value) ? cells[0] : null;
}
