using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Formulas;

/// <summary>A <see cref="Cells"/> reference found in a disclosure: the table, its rows (one, or a set) and the column.</summary>
internal sealed record ResolvedCells(FiscalTable Table, IReadOnlyList<TableRow> Rows, string Column)
{
    public CellRef At(TableRow row) => new(Table, row, Column);
}

/// <summary>
/// Finds what a cell reference means in an extracted disclosure. Null when it cannot be evaluated: the
/// table is missing or carries no figures, a named row is not printed, or none of the alternative
/// columns exists. A single column the table lacks reads as blank (blank is unknown, never zero).
/// </summary>
internal static class CellResolver
{
    public static ResolvedCells? Resolve(Cells cells, Disclosure disclosure)
    {
        if (FigureRule.Figures(disclosure, cells.Table) is not FiscalTable table) return null;
        var column = cells.Columns.Count == 1 ? cells.Columns[0] : table.FirstColumn(cells.Columns.ToArray());
        if (column is null) return null;
        var onSide = table.Rows.Where(r => cells.Side is null || r.Side == cells.Side).ToList();
        var rows = cells.Rows switch
        {
            OneRow one => onSide.FirstOrDefault(r => one.Patterns.Any(p => p.Matches(r))) is TableRow row ? new List<TableRow> { row } : null,
            RowsBefore before => Before(onSide, before.Stop),
            RowRange range => Range(onSide, range),
            ClassRows => onSide.Where(r => r.Code is { Length: 3 }).DistinctBy(r => r.Key, StringComparer.Ordinal).ToList(),
            _ => throw new InvalidOperationException(cells.Rows.GetType().Name),
        };
        return rows is null ? null : new ResolvedCells(table, rows, column);
    }

    private static List<TableRow>? Before(List<TableRow> rows, RowPattern stop)
    {
        var end = rows.FindIndex(stop.Matches);
        return end < 0 ? null : Named(rows.Take(end));
    }

    private static List<TableRow>? Range(List<TableRow> rows, RowRange range)
    {
        var start = rows.FindIndex(range.From.Matches);
        if (start < 0) return null;
        var end = rows.FindIndex(start, range.To.Matches);
        return end < 0 ? null : Named(rows.Skip(start).Take(end - start + 1));
    }

    /// <summary>Label-less filler rows are left out of sets.</summary>
    private static List<TableRow> Named(IEnumerable<TableRow> rows) => rows.Where(r => r.Key.Length > 0).ToList();
}
