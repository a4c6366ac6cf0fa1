using System.Globalization;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// An amount cell printed as a dash (“-”, “—”, “－”, Excel's accounting format for zero) states 0 as printed with its column's
/// decimals: the cell gets the number 0 with the decimals the column's other amounts print (the table's when the column prints
/// none), so a table reads, checks and is reported as the same table printing 0.00 there. The number's text is that 0.00, as
/// a message shows it (a “-” among figures reads as a minus sign); the cell's text keeps the dash printed. Columns of
/// percentages and tables without a printed figure keep their dashes as they are.
/// </summary>
public static class DashedZeros
{
    public static void Apply(FiscalTable table)
    {
        var printed = table.Rows.SelectMany(r => r.Cells.Values).Where(c => c.Number is not null).ToList();
        if (Decimals(printed) is not int tableDecimals) return;
        foreach (var row in table.Rows)
        {
            foreach (var (column, cell) in row.Cells.ToList())
            {
                if (cell.StatedNone is null) continue;
                var inColumn = printed.Where(c => c.Column == column).ToList();
                if (inColumn.Any(c => c.Number!.Value.IsPercent)) continue;
                var decimals = Decimals(inColumn) ?? tableDecimals;
                var zero = PrintedNumber.Format(0m, decimals);
                row.Cells[column] = cell with { Number = new PrintedNumber(decimal.Parse(zero, CultureInfo.InvariantCulture), decimals, false, zero) };
            }
        }
    }

    /// <summary>The decimals most of the cells' amounts print; null when none prints an amount.</summary>
    private static int? Decimals(IEnumerable<TableCell> cells) =>
        cells.Where(c => !c.Number!.Value.IsPercent).GroupBy(c => c.Number!.Value.Decimals).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
}
