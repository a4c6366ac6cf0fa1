using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A workbook whose amounts are stored as numbers in Excel's General format shows them without trailing zeros: 44.00 万元 shows
/// as “44”, 62.10 as “62.1”. Its amounts then print mixed decimals, which no fixed number format does; each amount is read to the
/// decimals most of its amounts with decimals print (a “44” among “62.1”s is 44.0, not any value in [43.5, 44.5]), so a sum off
/// by 2.00 among whole figures is not taken for rounding. Percentages and workbooks printing one fixed format are left as they are.
/// </summary>
public static class DroppedZeros
{
    public const string WorkbookFormat = "xlsx";

    public static void Apply(Disclosure disclosure)
    {
        if (disclosure.Source.Format != WorkbookFormat) return;
        var cells = disclosure.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells.Values)
            .Where(c => c.Number is { IsPercent: false, Exact: false, ConvertedFrom: null }).ToList();
        var printed = cells.Select(c => c.Number!.Value.Decimals).Distinct().ToList();
        if (printed.Count < 2) return;
        var decimals = cells.Select(c => c.Number!.Value.Decimals).Where(d => d > 0)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        foreach (var row in disclosure.Tables.SelectMany(t => t.Rows))
        {
            foreach (var (column, cell) in row.Cells.ToList())
            {
                if (cell.Number is { IsPercent: false, Exact: false, ConvertedFrom: null } n && n.Decimals < decimals)
                    row.Cells[column] = cell with { Number = n with { Decimals = decimals } };
            }
        }
    }
}
