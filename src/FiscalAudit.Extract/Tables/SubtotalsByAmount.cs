using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The subtotal rows of a list found from its amounts (政府采购 by 大类 and 专项, printed with the 专项 of a continuation page
/// in whatever column the PDF puts it): under each total row, the rows read as a tree in which each row is either an item or
/// a subtotal of the rows right below it, and the top rows add up to the total. Rows are tried as subtotals first; a reading
/// is taken only when every subtotal and the total add up, so a mistyped figure leaves the list to <see cref="SubtotalRows"/>.
/// </summary>
public static class SubtotalsByAmount
{
    /// <summary>Rows and sums tried before giving up on a list.</summary>
    private const int Budget = 20000;

    /// <summary>Links the rows under each total to their subtotal rows; false when a list under a total does not add up.</summary>
    public static bool Link(FiscalTable table)
    {
        var rows = table.Rows;
        var lists = new List<(TableRow Total, List<TableRow> Items)>();
        foreach (var row in rows)
        {
            if (TableMarks.Totals.Contains(row.Key)) lists.Add((row, new List<TableRow>()));
            else if (lists.Count > 0 && row.HasFigures) lists[^1].Items.Add(row);
        }
        if (lists.Count == 0) return false;
        var links = new List<(TableRow Item, TableRow Subtotal)>();
        foreach (var (total, items) in lists)
        {
            if (Amount(total) is not { } whole || items.Any(i => Amount(i) is null)) return false;
            var reading = new Reading(items, Tolerance(total, items));
            if (reading.Ends(0, whole.Value) is not { } ends || !ends.Contains(items.Count)) return false;
            reading.Build(0, whole.Value, items.Count, links);
        }
        foreach (var (item, subtotal) in links) item.Subtotal = subtotal;
        return true;
    }

    /// <summary>The row's amount in its first printed column.</summary>
    private static Core.Numbers.PrintedNumber? Amount(TableRow row) => row.Cells.Values.Select(c => c.Number).FirstOrDefault(n => n is not null);

    /// <summary>One unit of the last printed digit: sums within it add up.</summary>
    private static decimal Tolerance(TableRow total, List<TableRow> items)
    {
        var decimals = items.Append(total).Select(r => Amount(r)!.Value.Decimals).Max();
        return 1m / (decimal)Math.Pow(10, decimals);
    }

    private sealed class Reading(List<TableRow> items, decimal tolerance)
    {
        /// <summary>For rows from a start and the sum they must make, the indexes right after the rows that can make it.</summary>
        private readonly Dictionary<(int Start, decimal Sum), HashSet<int>> ends = new();

        private decimal Value(int row) => Amount(items[row])!.Value.Value;

        /// <summary>
        /// Where a reading of the rows from <paramref name="start"/> that adds up to <paramref name="sum"/> can end (each row an
        /// item or a subtotal of the rows right below it); null when the list is too long to try every reading.
        /// </summary>
        public HashSet<int>? Ends(int start, decimal sum)
        {
            if (ends.TryGetValue((start, sum), out var known)) return known;
            if (ends.Count > Budget) return null;
            var found = new HashSet<int>();
            ends[(start, sum)] = found;
            if (Math.Abs(sum) < tolerance) found.Add(start);
            if (start >= items.Count || sum < tolerance) return found;
            var value = Value(start);
            if (Ends(start + 1, sum - value) is not { } asItem) return null;
            found.UnionWith(asItem);
            if (value <= 0) return found;
            if (Ends(start + 1, value) is not { } below) return null;
            foreach (var end in below.Where(e => e > start + 1))
            {
                if (Ends(end, sum - value) is not { } after) return null;
                found.UnionWith(after);
            }
            return found;
        }

        /// <summary>
        /// Links the rows from <paramref name="start"/> to <paramref name="end"/> (a reading that adds up to <paramref name="sum"/>)
        /// to their subtotal rows, each row taken as a subtotal where it can be; returns the rows of the reading's top level.
        /// </summary>
        public List<int> Build(int start, decimal sum, int end, List<(TableRow Item, TableRow Subtotal)> links)
        {
            var top = new List<int>();
            while (start < end)
            {
                var value = Value(start);
                var below = value > 0 && ends.TryGetValue((start + 1, value), out var under) ? under.Where(e => e > start + 1 && ends.TryGetValue((e, sum - value), out var after) && after.Contains(end)).Order().FirstOrDefault() : 0;
                top.Add(start);
                if (below > 0)
                {
                    links.AddRange(Build(start + 1, value, below, links).Select(i => (items[i], items[start])));
                    start = below;
                }
                else start++;
                sum -= value;
            }
            return top;
        }
    }
}
