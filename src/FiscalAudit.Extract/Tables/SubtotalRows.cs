using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Links the items of a list printed with subtotals (项目支出表 by unit, 政府采购 by 大类 and 专项) to their subtotal row
/// (<see cref="TableRow.Subtotal"/>), so that identities add each item once (a table total, Core table-marks.json totals, closes every group): a row whose label ends with one of the table's subtotal words (“XX单位小计”) sums
/// the items above it since the table's total or the last subtotal; a row that names a group and prints figures (a unit's
/// row over its projects, <see cref="TableRow.NamesGroup"/>) sums the items below it up to the next group as deep or
/// shallower, subtotal or total, and is itself counted in the open group printed further left (一、货物 over its 专项).
/// </summary>
public static class SubtotalRows
{
    public static void Link(FiscalTable table, IReadOnlyList<string> words)
    {
        if (words.Count == 0) return;
        var groups = new List<TableRow>();
        var open = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            if (TableMarks.Totals.Contains(row.Key))
            {
                (groups, open) = (new List<TableRow>(), new List<TableRow>());
                continue;
            }
            if (words.Any(w => row.Key.EndsWith(w, StringComparison.Ordinal)))
            {
                // A closing subtotal after a unit's row sums that unit's projects; else the items since the last boundary.
                foreach (var item in open) item.Subtotal = row;
                (groups, open) = (new List<TableRow>(), new List<TableRow>());
                continue;
            }
            if (row.GroupDepth is int depth && row.HasFigures)
            {
                groups.RemoveAll(g => g.GroupDepth >= depth);
                row.Subtotal = groups.LastOrDefault();
                groups.Add(row);
                continue;
            }
            if (groups.Count > 0) row.Subtotal = groups[^1];
            else open.Add(row);
        }
    }
}
