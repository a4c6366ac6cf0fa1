using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>The table cell a narrative fact restates.</summary>
public sealed record LinkedCell(FiscalTable Table, TableRow Row, string Column, PrintedNumber Number, SourceLocation Location)
{
    /// <summary>The unit every narrative amount is held in.</summary>
    public const string NarrativeUnit = "万元";

    /// <summary>
    /// The cell as the text states it, in 万元 (the narrative reader holds every amount in 万元): a table printed in 元 or 千元 is restated
    /// (1,234,567.89元 → 123.456789万元, keeping its printed precision); a table in a unit no restating reaches links nothing.
    /// </summary>
    public static LinkedCell? Restated(FiscalTable table, TableRow row, string column)
    {
        if (!row.Cells.TryGetValue(column, out var cell) || cell.Number is not { } n) return null;
        if (table.Unit is null or NarrativeUnit) return new LinkedCell(table, row, column, n, cell.Location);
        return MoneyUnits.InLarger(n, table.Unit, NarrativeUnit) is PrintedNumber restated
            ? new LinkedCell(table, row, column, restated, cell.Location)
            : null;
    }
}
