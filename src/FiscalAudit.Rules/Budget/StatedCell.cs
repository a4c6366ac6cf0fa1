using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>A narrative amount against the table cell it restates (in the narrative's unit): the finding when they differ.</summary>
internal static class StatedCell
{
    /// <summary>The cell restated in the statement's unit, for comparison and messages.</summary>
    public static CellRef InUnitOf(CellRef cell, NarrativeFact statement) => cell.InUnit(statement.Unit);

    /// <summary>“<paramref name="what"/>说明为 887.36万元，表五“2080506 …”行“合计”列为 87.3617（原文为“873,617元”…）（差 800.00；表格位置 …）”.</summary>
    public static Finding Mismatch(RuleDescriptor rule, string what, NarrativeFact statement, CellRef cell)
    {
        if (InPrintedUnit(statement, cell) is var (said, shown, unit))
            return Report(rule, statement, cell,
                $"{what}说明为 {said.Text}{unit}，{cell.Describe()}为 {shown.Text}{unit}（差 {WorkedAmount.Difference(said, shown, said.Decimals)}{unit}；表格位置 {cell.Location.Source?.Describe()}）");
        var stated = statement.Amount!.Value;
        var printed = cell.Number!.Value;
        return Report(rule, statement, cell,
            $"{what}说明为 {Ratios.Amount(stated)}，{cell.Describe()}为 {MoneyUnits.Show(printed, statement.Unit)}（差 {WorkedAmount.Difference(stated, printed, stated.Decimals)}；表格位置 {cell.Location.Source?.Describe()}）");
    }

    /// <summary>“机关运行经费说明为 185.00万元，多于表六“合计”行“公用经费”列 158.00（多 27.00；…）”: an amount above the cell that bounds it.</summary>
    public static Finding Exceeding(RuleDescriptor rule, string what, NarrativeFact statement, CellRef cell)
    {
        var printedUnit = InPrintedUnit(statement, cell);
        var (stated, printed, unit) = printedUnit is var (s, c, u) ? (s, c, u) : (statement.Amount!.Value, cell.Number!.Value, string.Empty);
        var (said, shown) = printedUnit is null ? (Ratios.Amount(stated), MoneyUnits.Show(printed, statement.Unit)) : (stated.Text + unit, printed.Text + unit);
        return Report(rule, statement, cell,
            $"{what}说明为 {said}，多于{cell.Describe()} {shown}（多 {WorkedAmount.Difference(stated, printed, stated.Decimals)}{unit}；{what}是一般公共预算基本支出中的公用经费，不能多于该数；表格位置 {cell.Location.Source?.Describe()}）");
    }

    /// <summary>
    /// The stated amount and the cell as both were printed, when the text printed the amount in the unit of the cell's table
    /// (“公务接待费68000元” against a 三公 table in 元): compared in 万元, they are told in 元, the unit they were printed in, not
    /// both converted. Null when the text printed it in another unit than the table, or in the unit it is compared in.
    /// </summary>
    private static (PrintedNumber Stated, PrintedNumber Cell, string Unit)? InPrintedUnit(NarrativeFact statement, CellRef cell)
    {
        var unit = cell.Table.Unit;
        if (unit is null || unit == statement.Unit || statement.Amount?.ConvertedFrom is not { } printed || cell.Row[cell.Column] is not { } shown
            || !printed.EndsWith(unit, StringComparison.Ordinal) || NumberText.Parse(printed[..^unit.Length]) is not { } stated) return null;
        return (stated, shown, unit);
    }

    /// <summary>The finding at the statement, the cell related, the printed value rounded like the stated one.</summary>
    private static Finding Report(RuleDescriptor rule, NarrativeFact statement, CellRef cell, FormattableString message)
    {
        var stated = statement.Amount!.Value;
        return rule.Report(message, FindingLocation.At(statement.Location),
            PrintedNumber.RoundLike(cell.Number!.Value.Value, stated.Decimals), stated.Value, related: new[] { cell.Location });
    }
}
