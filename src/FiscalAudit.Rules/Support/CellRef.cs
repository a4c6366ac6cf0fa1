using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>One cell of an extracted table: the table, the row and the canonical column.</summary>
public sealed record CellRef(FiscalTable Table, TableRow Row, string Column)
{
    /// <summary>The printed number, or null when the cell is blank (blank is never zero); restated in the unit of the other side when the tables print different units.</summary>
    public PrintedNumber? Number => Restated ?? Row[Column];

    /// <summary>
    /// The amount an identity adds up: the printed number, or exactly 0 where the cell prints a dash for none, or where it is
    /// blank in a row that prints figures of a table whose blanks mean 0 (<see cref="FiscalTable.BlanksAreZero"/>), or in a named row
    /// of a 收支总表 that prints its nones as blanks (<see cref="FiscalTable.PrintsNoneAsBlank"/>); null when the cell is blank (unknown).
    /// </summary>
    public PrintedNumber? Amount => Number ?? (Row.Cells.TryGetValue(Column, out var cell) ? cell.StatedNone ?? BlankZero(cell) : null);

    /// <summary>True when the cell prints neither a number nor a dash (or the table has no such column).</summary>
    public bool IsBlank => Number is null && !(Row.Cells.TryGetValue(Column, out var cell) && cell.StatedNone is not null);

    /// <summary>What a blank cell shows in a message when it counts as 0 (also the word a message uses for a blank budget).</summary>
    public const string Blank = "空白";

    private PrintedNumber? BlankZero(TableCell cell) =>
        cell.Text.Length == 0 && ((Table.BlanksAreZero && Row.HasFigures && !IsHeadingWithOneFigure()) || (Row.Name.Length > 0 && Table.PrintsNoneAsBlank))
            ? new PrintedNumber(0m, 0, false, Blank) { Exact = true }
            : null;

    /// <summary>
    /// True when the row prints a single figure and heads rows printed below it — a 类 or 款 whose 款 or 项 follow (天津, 吉林 print
    /// only the 类's 本年支出合计 and leave its parts blank), or a 合计 printed above the coded rows. Its blanks are not stated: the
    /// figures of its parts are printed in the rows it heads, so they are unknown here rather than 0.
    /// </summary>
    private bool IsHeadingWithOneFigure() =>
        Row.Cells.Values.Count(c => c.Number is not null) == 1
        && (Row.Code is string code
            ? Table.Rows.Any(r => r.Code is string below && below.Length > code.Length && below.StartsWith(code, StringComparison.Ordinal))
            : Table.Rows.SkipWhile(r => r != Row).Any(r => r.Code is not null));

    /// <summary>The printed number restated in another money unit (表九 万元 against 表八 元), or null.</summary>
    public PrintedNumber? Restated { get; init; }

    /// <summary>The cell as compared with <paramref name="other"/>: an amount in the smaller money unit restated in the larger one (2,132,777.54元 → 213.277754 万元).</summary>
    public CellRef InUnitOf(CellRef other) => InUnit(other.Table.Unit);

    /// <summary>The cell as compared with an amount in <paramref name="unit"/>: restated in it when the table prints a smaller unit (元 against a narrative's 万元).</summary>
    public CellRef InUnit(string? unit) =>
        Row[Column] is PrintedNumber n && MoneyUnits.InLarger(n, Table.Unit, unit) is PrintedNumber restated
            ? this with { Restated = restated }
            : this;

    public FindingLocation Location => FindingLocation.ForCell(Table, Row, Column);

    /// <summary>表三“201 一般公共服务支出”行“基本支出”列 (row left out for one-row tables, column for single-amount columns).</summary>
    public string Describe()
    {
        var text = Table.Ordinal;
        if (Table.Rows.Count != 1) text += $"“{Row.Label}”行";
        if (Column is not (StandardColumns.Amount or StandardColumns.Actual) || Table.Rows.Count == 1) text += $"“{Column}”列";
        return text;
    }

    /// <summary>A short name for a term inside a formula: the row name, or the column for one-row tables.</summary>
    public string ShortName()
    {
        if (Table.Rows.Count == 1) return Column;
        return Column is StandardColumns.Amount or StandardColumns.Actual ? Row.Name : $"{Row.Name}（{Column}）";
    }
}
