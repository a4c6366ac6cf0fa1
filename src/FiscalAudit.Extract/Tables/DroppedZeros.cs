using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A workbook whose amounts are stored as numbers in Excel's General format shows them without trailing zeros: 44.00 万元 shows
/// as “44”, 62.10 as “62.1”. Its amounts then print mixed decimals, which no fixed number format does; each amount is read to the
/// decimals most of its amounts with decimals print (a “44” among “62.1”s is 44.0, not any value in [43.5, 44.5]), so a sum off
/// by 2.00 among whole figures is not taken for rounding. A workbook most of whose amounts (other than 0) are whole prints whole
/// 万元 (“1286”, “86”): its tables of whole figures stay whole, ± 0.5 each, and only a table printing mixed decimals (a “三公”
/// table's “24.2” beside “18”) is read to its own. Amounts read so are marked (<see cref="Core.Numbers.PrintedNumber.TrailingZerosDropped"/>),
/// so that messages show figures worked out from them as the cells would print them (“162”, not “162.0”). Percentages and
/// workbooks printing one fixed format are left as they are.
/// </summary>
public static class DroppedZeros
{
    public const string WorkbookFormat = "xlsx";

    public static void Apply(Disclosure disclosure)
    {
        if (disclosure.Source.Format != WorkbookFormat) return;
        var amounts = disclosure.Tables.SelectMany(Amounts).ToList();
        if (amounts.Select(c => c.Number!.Value.Decimals).Distinct().Count() < 2) return;
        var nonZero = amounts.Where(c => c.Number!.Value.Value != 0m).ToList();
        var wholeWorkbook = nonZero.Count(c => c.Number!.Value.Decimals == 0) * 2 > nonZero.Count;
        foreach (var table in disclosure.Tables)
        {
            if (Decimals(wholeWorkbook ? Amounts(table).ToList() : amounts) is int decimals) Raise(table, decimals);
        }
    }

    private static IEnumerable<TableCell> Amounts(FiscalTable table) =>
        table.Rows.SelectMany(r => r.Cells.Values).Where(c => IsAmount(table, c));

    /// <summary>True for a cell printing an amount as the spreadsheet showed it (no percentage, count, dash or restated figure).</summary>
    private static bool IsAmount(FiscalTable table, TableCell cell) =>
        cell.Number is { IsPercent: false, Exact: false, ConvertedFrom: null } && !table.IsCount(cell.Column);

    /// <summary>The decimals most of <paramref name="amounts"/> print when they print mixed ones; null when they print one kind.</summary>
    private static int? Decimals(IReadOnlyList<TableCell> amounts) =>
        amounts.Select(c => c.Number!.Value.Decimals).Distinct().Count() < 2
            ? null
            : amounts.Select(c => c.Number!.Value.Decimals).Where(d => d > 0).GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

    private static void Raise(FiscalTable table, int decimals)
    {
        foreach (var row in table.Rows)
        {
            foreach (var (column, cell) in row.Cells.ToList())
            {
                if (IsAmount(table, cell) && cell.Number is { } n)
                    row.Cells[column] = cell with { Number = n with { Decimals = Math.Max(n.Decimals, decimals), TrailingZerosDropped = true } };
            }
        }
    }
}
