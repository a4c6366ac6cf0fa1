using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>One cell of an extracted table: the table, the row and the canonical column.</summary>
public sealed record CellRef(FiscalTable Table, TableRow Row, string Column)
{
    /// <summary>The printed number, or null when the cell is blank (blank is never zero).</summary>
    public PrintedNumber? Number => Row[Column];

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
