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
    /// <param name="table">The table as read.</param>
    /// <param name="byText">
    /// The table was read from a page's words, with a cell at every grid position, blank or not: a grid column in which no
    /// text starts — a boundary found inside cells that span it, such as a column's figures set apart from its wider
    /// texts — is dropped with the blank cells in it.
    /// </param>
    public static TableBlock Compact(TableBlock table, bool byText = false)
    {
        var width = table.ColumnCount;
        var starts = table.Rows.SelectMany(r => r.Cells).Where(c => !byText || !string.IsNullOrWhiteSpace(c.Text)).Select(c => c.Column).ToHashSet();
        if (starts.Count == width || starts.Count == 0) return table;
        var index = new int[width + 1];
        for (int column = 0, kept = 0; column <= width; column++)
        {
            index[column] = kept;
            if (column < width && starts.Contains(column)) kept++;
        }
        var rows = table.Rows.Select(r => r with
        {
            Cells = r.Cells.Where(c => starts.Contains(c.Column)).Select(c => c with { Column = index[c.Column], ColumnSpan = Math.Max(1, index[c.Column + c.ColumnSpan] - index[c.Column]) }).ToList(),
        }).ToList();
        return table with { Rows = rows };
    }
}
