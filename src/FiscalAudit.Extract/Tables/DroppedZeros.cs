using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A workbook whose amounts are stored as numbers in Excel's General format shows them without trailing zeros: 44.00 万元 shows
/// as “44”, 62.10 as “62.1”. A table whose amounts print mixed decimals, which no fixed number format does, is read to the
/// decimals most of its amounts with decimals print (a “44” among “62.1”s is 44.0, not any value in [43.5, 44.5]), so a sum off
/// by 2.00 among whole figures is not taken for rounding; its amounts are marked as printed so (<see cref="Core.Numbers.PrintedNumber.TrailingZerosDropped"/>),
/// so that messages show figures worked out from them the same way (“162”, not “162.0”). Each table on its own: a table of whole
/// 万元 (“1286”) stays whole, ± 0.5 each, whatever decimals the workbook's other tables print. Percentages and tables printing one
/// fixed format are left as they are.
/// </summary>
public static class DroppedZeros
{
    public const string WorkbookFormat = "xlsx";

    public static void Apply(Disclosure disclosure)
    {
        if (disclosure.Source.Format != WorkbookFormat) return;
        foreach (var table in disclosure.Tables) Apply(table);
    }

    private static void Apply(FiscalTable table)
    {
        var cells = table.Rows.SelectMany(r => r.Cells.Values).Where(c => c.Number is { IsPercent: false, Exact: false, ConvertedFrom: null }).ToList();
        if (cells.Select(c => c.Number!.Value.Decimals).Distinct().Count() < 2) return;
        var decimals = cells.Select(c => c.Number!.Value.Decimals).Where(d => d > 0)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        foreach (var row in table.Rows)
        {
            foreach (var (column, cell) in row.Cells.ToList())
            {
                if (cell.Number is { IsPercent: false, Exact: false, ConvertedFrom: null } n)
                    row.Cells[column] = cell with { Number = n with { Decimals = Math.Max(n.Decimals, decimals), TrailingZerosDropped = true } };
            }
        }
    }
}
