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

    /// <summary>
    /// The cell left blank in a table that prints no zero anywhere (so its zeros are its blanks) as an unprinted 0, its text empty;
    /// null when the cell prints anything or the table prints a zero (a blank there is no figure).
    /// </summary>
    public static LinkedCell? Unprinted(FiscalTable table, TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) && string.IsNullOrWhiteSpace(cell.Text)
        && !table.Rows.Any(r => r.Cells.Values.Any(c => c.Number is { Value: 0m } || c.StatedNone is not null))
            ? new LinkedCell(table, row, column, new PrintedNumber(0m, 0, false, string.Empty) { Exact = true }, cell.Location)
            : null;
}
