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
        var stated = statement.Amount!.Value;
        var printed = cell.Number!.Value;
        return Report(rule, statement, cell,
            $"{what}说明为 {Ratios.Amount(stated)}，{cell.Describe()}为 {MoneyUnits.Show(printed, statement.Unit)}（差 {WorkedAmount.Difference(stated, printed, stated.Decimals)}；表格位置 {cell.Location.Source?.Describe()}）");
    }

    /// <summary>“机关运行经费说明为 185.00万元，多于表六“合计”行“公用经费”列 158.00（多 27.00；…）”: an amount above the cell that bounds it.</summary>
    public static Finding Exceeding(RuleDescriptor rule, string what, NarrativeFact statement, CellRef cell)
    {
        var stated = statement.Amount!.Value;
        var printed = cell.Number!.Value;
        return Report(rule, statement, cell,
            $"{what}说明为 {Ratios.Amount(stated)}，多于{cell.Describe()} {MoneyUnits.Show(printed, statement.Unit)}（多 {WorkedAmount.Difference(stated, printed, stated.Decimals)}；{what}是一般公共预算基本支出中的公用经费，不能多于该数；表格位置 {cell.Location.Source?.Describe()}）");
    }

    /// <summary>The finding at the statement, the cell related, the printed value rounded like the stated one.</summary>
    private static Finding Report(RuleDescriptor rule, NarrativeFact statement, CellRef cell, FormattableString message)
    {
        var stated = statement.Amount!.Value;
        return rule.Report(message, FindingLocation.At(statement.Location),
            PrintedNumber.RoundLike(cell.Number!.Value.Value, stated.Decimals), stated.Value, related: new[] { cell.Location });
    }
}
