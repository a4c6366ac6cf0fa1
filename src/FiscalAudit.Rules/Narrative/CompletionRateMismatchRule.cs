using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3004: “预算为B，决算为A，完成预算的X%” must satisfy X% = A ÷ B within printed precision; the message names the budget
/// compared as the text does (年初预算, 调整预算, 全年预算). When it holds
/// only because a whole-number budget (“97万元”) is read as ±0.5, the difference is reported as 提示. A table's
/// 完成率 column (“完成率(%)”, with or without “%”) must equal the row's 决算数 ÷ 预算数 likewise. A rate whose sentence states no
/// budget is of 表七's 预算数 for a “三公” item (<see cref="CompletionBudgets"/>).
/// </summary>
public sealed class CompletionRateMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3004", "完成率计算错误", Severity.Error, RuleCategories.Narrative,
        "完成率、执行率是否等于决算数除以预算数。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in TableRateFindings.Wrong(disclosure, RateKind.Completion, Rule)) yield return f;
        var budgets = new CompletionBudgets(disclosure);
        foreach (var c in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Completion))
        {
            if (c.Percent is not PrintedNumber p || c.Amount is not PrintedNumber printed || budgets.Of(c) is not { Budget.Value: not 0m } compared) continue;
            // “支出决算为0万元，完成预算的10%” of a 表七 “0.00”: the rate is judged on the cell's figure, as exact as it is printed.
            var a = CellPrecision.Of(printed, c.Cell);
            var b = compared.Budget;
            Severity? severity;
            if (Ratios.Consistent(a.Interval, b.Interval, p) == false) severity = null;
            else if (b.Decimals == 0 && Ratios.Consistent(a.Interval, Cents(b), p) == false) severity = Severity.Info;
            else continue;
            // A 决算 that differs from its table cell (FA3001 reports it) is no error of the rate when the cell makes the rate right.
            if (c.Cell is { } spent && !PrintedNumber.SameQuantity(a, spent.Number) && Ratios.Consistent(spent.Number.Interval, b.Interval, p) != false) continue;
            var expected = Ratios.Percent(a.Value, b.Value, p);
            var name = c.Quantity.Length > 0 ? $"“{c.Quantity}”" : string.Empty;
            var note = severity == Severity.Info ? "（按预算为整数金额计算；若预算非整数则可能一致）" : string.Empty;
            yield return Rule.Report(
                $"{name}{compared.Name} {MessageMoney.Of(b, printed).Amount(b)}、决算（执行数）{Actual(printed, a, c.Cell, b)}，完成率应为 {expected}，说明写为 {Ratios.Show(p)}{note}",
                FindingLocation.At(c.Location), expected, Ratios.Show(p), severity, RelatedPlaces.StatementAndCell(c.Subject, compared.Cell)) with { Bases = RelatedPlaces.Bases(c.Subject) };
        }
    }

    /// <summary>
    /// The 决算 as printed (in 元 when it and <paramref name="budget"/> were), and the figure of its cell when the rate was judged on
    /// that (“0万元（表七“决算数·公务接待费”为 0.00万元）”).
    /// </summary>
    private static string Actual(PrintedNumber printed, PrintedNumber judged, LinkedCell? cell, PrintedNumber budget) =>
        judged.Decimals == printed.Decimals || cell is null ? MessageMoney.Of(budget, printed).Amount(printed).Current : $"{Ratios.Amount(printed)}（{cell.Table.Label}“{cell.Column}”为 {Ratios.Amount(judged)}）";

    /// <summary>A whole-number amount read as exact to the cent.</summary>
    private static Interval Cents(PrintedNumber n) => new(n.Value - 0.005m, n.Value + 0.005m);
}
