using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest;

/// <summary>
/// Tables laid on a finer grid than their own columns — a sheet or Word table converted from HTML or PDF, where
/// every cell is merged over several grid columns so that tables of different widths share one grid — are read
/// on their own columns: a grid column in which no cell of the table starts is dropped, and the spans shrink
/// with it.
/// </summary>
public static class TableColumnCompaction
{
    public static TableBlock Compact(TableBlock table)
    {
        var width = table.ColumnCount;
        var starts = table.Rows.SelectMany(r => r.Cells).Select(c => c.Column).ToHashSet();
        if (starts.Count == width) return table;
        var index = new int[width + 1];
        for (int column = 0, kept = 0; column <= width; column++)
        {
            index[column] = kept;
            if (column < width && starts.Contains(column)) kept++;
        }
        var rows = table.Rows.Select(r => r with
        {
            Cells = r.Cells.Select(c => c with { Column = index[c.Column], ColumnSpan = Math.Max(1, index[c.Column + c.ColumnSpan] - index[c.Column]) }).ToList(),
        }).ToList();
        return table with { Rows = rows };
    }
}
