using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>Finding rows and cells in extracted tables by normalised key, side and order.</summary>
public static class TableQueries
{
    /// <summary>True when the row's key is <paramref name="key"/>, optionally followed by a bracketed remark ("使用非财政拨款结余（含专用结余）").</summary>
    public static bool HasKey(this TableRow row, string key) =>
        row.Key == key || (row.Key.StartsWith(key, StringComparison.Ordinal) && row.Key.Length > key.Length && row.Key[key.Length] == '（');

    /// <summary>The first row with the key (on the side, when given).</summary>
    public static TableRow? FindRow(this FiscalTable table, string key, string? side = null) =>
        table.Rows.FirstOrDefault(r => (side is null || r.Side == side) && r.HasKey(key));

    /// <summary>The first row with the key on <paramref name="side"/> printed after <paramref name="after"/>.</summary>
    public static TableRow? FindRowAfter(this FiscalTable table, TableRow after, string key, string side) =>
        table.Rows.Skip(table.Rows.IndexOf(after) + 1).FirstOrDefault(r => r.Side == side && r.HasKey(key));

    /// <summary>The named rows of <paramref name="side"/> printed before the row <paramref name="stop"/> (label-less filler rows left out).</summary>
    public static List<TableRow> NamedRowsBefore(this FiscalTable table, string side, TableRow stop) =>
        table.Rows.Take(table.Rows.IndexOf(stop)).Where(r => r.Side == side && r.Key.Length > 0).ToList();

    /// <summary>The 合计 (or 总计) row without a code.</summary>
    public static TableRow? TotalRow(this FiscalTable table) =>
        table.Rows.FirstOrDefault(r => r.Code is null && (r.HasKey(RowKeysOf.Total) || r.HasKey(RowKeysOf.GrandTotal)));

    /// <summary>True when the table has the column (declared, or present in some row).</summary>
    public static bool HasColumn(this FiscalTable table, string column) =>
        table.Columns.Contains(column) || table.Rows.Any(r => r.Cells.ContainsKey(column));

    /// <summary>The first of <paramref name="columns"/> that the table has.</summary>
    public static string? FirstColumn(this FiscalTable table, params string[] columns) =>
        columns.FirstOrDefault(table.HasColumn);

    public static CellRef At(this FiscalTable table, TableRow row, string column) => new(table, row, column);
}
