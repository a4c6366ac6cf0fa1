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
/// columns exists. A single column the table lacks reads as blank (blank is unknown, never zero) —
/// unless the reference is optional (<c>?</c>), which then is not there at all.
/// </summary>
internal static class CellResolver
{
    public static ResolvedCells? Resolve(Cells cells, Disclosure disclosure, Binding binding)
    {
        if (FigureRule.Figures(disclosure, cells.Table) is not FiscalTable table) return null;
        if (Column(cells, table, binding) is not string column) return null;
        if (cells.Optional && !table.HasColumn(column)) return null;
        return Rows(cells, table, binding) is List<TableRow> rows ? new ResolvedCells(table, rows, column) : null;
    }

    /// <summary>The bindings a left-hand side is evaluated under: one (none) when it has no quantifier.</summary>
    public static IEnumerable<Binding> Bindings(Cells left, Disclosure disclosure)
    {
        if (left.Rows is not (EveryRow or ParentRows) && !left.EveryColumn) return new[] { Binding.None };
        if (FigureRule.Figures(disclosure, left.Table) is not FiscalTable table) return Array.Empty<Binding>();
        var rows = left.Rows switch
        {
            EveryRow => OnSide(table, left.Side).Select(r => (Row: r, Children: (IReadOnlyList<TableRow>)Array.Empty<TableRow>())),
            ParentRows => new CodeTree(table).Families.Where(f => left.Side is null || f.Parent.Side == left.Side).Select(f => (Row: f.Parent, f.Children)),
            _ => (Rows(left, table, Binding.None) ?? new List<TableRow>()).Select(r => (Row: r, Children: (IReadOnlyList<TableRow>)Array.Empty<TableRow>())),
        };
        return rows.SelectMany(r => left.EveryColumn
            ? r.Row.Cells.Keys.Select(c => new Binding(r.Row, r.Children, c))
            : new[] { new Binding(r.Row, r.Children, null) });
    }

    private static string? Column(Cells cells, FiscalTable table, Binding binding)
    {
        if (cells.EveryColumn) return binding.Column;
        return cells.Columns.Count == 1 ? cells.Columns[0] : table.FirstColumn(cells.Columns.ToArray());
    }

    private static List<TableRow>? Rows(Cells cells, FiscalTable table, Binding binding)
    {
        var onSide = OnSide(table, cells.Side).ToList();
        return cells.Rows switch
        {
            OneRow one => onSide.FirstOrDefault(r => one.Patterns.Any(p => p.Matches(r))) is TableRow row ? new List<TableRow> { row } : null,
            RowsBefore before => Before(Starting(onSide, before.Starts), r => before.Stops.Any(s => s.Matches(r))),
            FirstAfter after => Single(After(onSide, after.Anchor)?.FirstOrDefault(after.Row.Matches)),
            FirstBefore first => Single(Before(onSide, first.Anchor.Matches)?.FirstOrDefault(first.Row.Matches)),
            RowRange range => Range(onSide, range),
            RowsExcept except => Except(onSide, except),
            FirstFilledRow => Single(onSide.FirstOrDefault(r => r.Cells.Count > 0)),
            ClassRows => onSide.Where(r => r.Code is { Length: 3 }).DistinctBy(r => r.Key, StringComparer.Ordinal).ToList(),
            TopLevelRows => new CodeTree(table).TopLevel.Where(r => cells.Side is null || r.Side == cells.Side).ToList(),
            EveryRow or ParentRows => binding.Row is TableRow bound ? new List<TableRow> { bound } : null,
            ChildRows => binding.Children.ToList(),
            _ => throw new InvalidOperationException(cells.Rows.GetType().Name),
        };
    }

    private static IEnumerable<TableRow> OnSide(FiscalTable table, string? side) => table.Rows.Where(r => side is null || r.Side == side);

    private static List<TableRow>? Single(TableRow? row) => row is null ? null : new List<TableRow> { row };

    private static IEnumerable<TableRow>? After(List<TableRow> rows, RowPattern anchor)
    {
        var start = rows.FindIndex(anchor.Matches);
        return start < 0 ? null : rows.Skip(start + 1);
    }

    /// <summary>The rows after the first one matching a start; all of them when no start is printed.</summary>
    private static List<TableRow> Starting(List<TableRow> rows, IReadOnlyList<RowPattern> starts)
    {
        var start = rows.FindIndex(r => starts.Any(s => s.Matches(r)));
        return rows.Skip(start + 1).ToList();
    }

    private static List<TableRow>? Before(List<TableRow> rows, Predicate<TableRow> stop)
    {
        var end = rows.FindIndex(stop);
        return end < 0 ? null : Named(rows.Take(end));
    }

    private static List<TableRow>? Range(List<TableRow> rows, RowRange range)
    {
        var start = rows.FindIndex(range.From.Matches);
        if (start < 0) return null;
        var end = rows.FindIndex(start, range.To.Matches);
        return end < 0 ? null : Named(rows.Skip(start).Take(end - start + 1));
    }

    /// <summary>
    /// The named rows but the first excluded one, each item counted once (not again beside its subtotal row); null when that is
    /// not printed or nothing else is.
    /// </summary>
    private static List<TableRow>? Except(List<TableRow> rows, RowsExcept except)
    {
        var total = rows.FindIndex(r => except.Excluded.Any(p => p.Matches(r)));
        var others = total < 0 ? null : Named(rows.Where((r, i) => i != total && r.Subtotal is null));
        return others is { Count: > 0 } ? others : null;
    }

    /// <summary>Label-less filler rows are left out of sets.</summary>
    private static List<TableRow> Named(IEnumerable<TableRow> rows) => rows.Where(r => r.Key.Length > 0).ToList();
}
