using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// The one place where printed figures are compared and the Chinese message is written: every
/// message names both sides with their printed numbers and the difference, and every finding lists
/// the other cells it compared as related places.
/// </summary>
public static class Discrepancies
{
    private const int ExplicitTermLimit = 5;

    /// <summary>A finding at the equation's target when the equation is broken beyond rounding; otherwise null.</summary>
    public static Finding? Check(RuleDescriptor rule, Equation equation)
    {
        var result = equation.Evaluate();
        if (result.Outcome != EquationOutcome.Broken) return null;
        var total = equation.Target.Amount!.Value;
        var printed = equation.Terms.Select(t => t.Cell.Amount).OfType<PrintedNumber>().Append(total).ToArray();
        var decimals = PrintedNumber.MaxDecimals(printed);
        var computed = Amounts.Format(result.Computed, decimals, printed);
        var rhs = Expression(equation, computed);
        var diff = Amounts.Format(Math.Abs(result.Difference), decimals, printed);
        var message = result.LowerBoundOnly
            ? $"{equation.Target.Describe()} {total.Text} 小于其已打印组成部分之和：{rhs}（空白单元格按不小于 0 计，仍超出 {diff}）"
            : $"{equation.Target.Describe()} {total.Text} ≠ {rhs}（差 {diff}；{result.PrintedTerms + 1} 个打印数的舍入误差合计至多 ±{Amounts.Tolerance(result.Tolerance)}，不能解释这一差异）";
        // Every printed term is listed: any of them may be the mistyped one, and one cause is one finding only when its place is among them.
        var terms = equation.Terms.Where(t => t.Cell.Amount is not null).Select(t => t.Cell.Location with { Subtracted = t.Subtract }).ToList();
        return rule.Report(message, equation.Target.Location, result.Computed, total.Value, related: terms);
    }

    /// <summary>
    /// Two printings of one quantity: they must show the same digits. A finding at <paramref name="at"/>
    /// when they differ (even by 0.01), a warning when one is blank and the other is not zero.
    /// </summary>
    public static Finding? SameQuantity(RuleDescriptor rule, CellRef at, CellRef other, string? what = null)
    {
        (at, other) = InOneUnit(at, other);
        var label = what is null ? string.Empty : $"（{what}）";
        if (at.Number is PrintedNumber a && other.Number is PrintedNumber b)
        {
            if (PrintedNumber.SameQuantity(a, b)) return null;
            var diff = Amounts.Format(Math.Abs(a.Value - b.Value), Math.Max(a.Decimals, b.Decimals), a, b);
            return rule.Report(
                $"{at.Describe()} {Show(a, other)} 与 {other.Describe()} {Show(b, at)} 不一致{label}（差 {diff}）：两处是同一数额，同一数额按相同位数四舍五入只能印出相同的数字，这不是尾数误差",
                at.Location, b.Value, a.Value, related: new[] { other.Location });
        }
        var (blank, printed) = at.Number is null ? (at, other) : (other, at);
        if (printed.Number is not PrintedNumber p || p.Value == 0m) return null;
        return rule.Report(
            $"{printed.Describe()} 为 {p.Text}，而 {blank.Describe()} 为空白{label}：两处是同一数额，应填列相同的数字",
            at.Location, p.Value, null, Severity.Warning, new[] { other.Location });
    }

    /// <summary>
    /// A part printed larger than its whole (rounding is monotone, so a true part ≤ whole never prints larger). A whole printed
    /// as a dash, or blank in a row with figures of a table whose blanks are 0, is 0: a printed non-zero part above it is found.
    /// </summary>
    public static Finding? AtMost(RuleDescriptor rule, CellRef part, CellRef whole, string? what = null)
    {
        (part, whole) = InOneUnit(part, whole);
        if (part.Number is not PrintedNumber p || whole.Amount is not PrintedNumber w) return null;
        if (PrintedNumber.AtMost(p, w)) return null;
        var label = what is null ? string.Empty : $"（{what}）";
        var diff = Amounts.Format(p.Value - w.Value, Math.Max(p.Decimals, w.Decimals), p, w);
        return rule.Report(
            $"{part.Describe()} {Show(p, whole)} 大于 {whole.Describe()} {Show(w, part)}{label}（超出 {diff}）：前者是后者的一部分，不能更大",
            part.Location, w.Value, p.Value, related: new[] { whole.Location });
    }

    /// <summary>
    /// A non-zero amount whose counterpart row does not exist in another table. A warning: the row may
    /// exist under a differently printed name.
    /// </summary>
    public static Finding? Unmatched(RuleDescriptor rule, CellRef cell, string missing)
    {
        if (cell.Number is not PrintedNumber n || n.Value == 0m) return null;
        return rule.Report($"{cell.Describe()} 为 {n.Text}，但{missing}（若确无此项，对应数额应为 0）", cell.Location, 0m, n.Value, Severity.Warning);
    }

    private static string Expression(Equation equation, string computed)
    {
        if (equation.PartsLabel is not null && equation.Terms.Count > ExplicitTermLimit)
            return $"{equation.PartsLabel}（{equation.Terms.Count} 项）{computed}";
        // Two or more blank parts are named once at the end (“+ 其余3项空白（…）”) rather than each with its own “空白”.
        var blanks = equation.Terms.Where(t => t.Cell.IsBlank && !t.Subtract).ToList();
        if (blanks.Count < 2 || blanks.Count == equation.Terms.Count) blanks.Clear();
        var parts = string.Concat(equation.Terms.Except(blanks).Select((t, i) =>
        {
            var sign = i == 0 ? (t.Subtract ? "−" : string.Empty) : (t.Subtract ? " − " : " + ");
            var value = t.Cell.Amount is PrintedNumber n ? n.Text : "（空白）";
            return $"{sign}{t.Name ?? t.Cell.ShortName()} {value}";
        }));
        if (blanks.Count > 0) parts += $" + 其余{blanks.Count}项空白（{string.Join("、", blanks.Select(t => t.Name ?? BlankPart(t.Cell, equation.Target)))}）";
        return equation.PartsLabel is null ? $"{parts} = {computed}" : $"{equation.PartsLabel} {computed}（{parts}）";
    }

    /// <summary>A blank part as listed once: its column when it stands in the total's row, else its short name.</summary>
    private static string BlankPart(CellRef cell, CellRef target) => ReferenceEquals(cell.Row, target.Row) ? cell.Column : cell.ShortName();

    /// <summary>A number as the message shows it: as printed, or restated in the other cell's unit with what was printed.</summary>
    private static string Show(PrintedNumber n, CellRef other) => MoneyUnits.Show(n, other.Table.Unit);

    /// <summary>Two cells compared in one money unit: the one printed in the smaller unit is restated in the other's (表五 元 against 表三 万元).</summary>
    private static (CellRef, CellRef) InOneUnit(CellRef a, CellRef b) => (a.InUnitOf(b), b.InUnitOf(a));
}
