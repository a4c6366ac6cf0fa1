using System.Text.Json.Serialization;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Budget;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// Reads from a budget the figures that the same year's final accounts restate as 年初预算 — totals, 财政拨款,
/// 一般公共预算 basic/project, “三公”经费 and its items, 机关运行经费, and each 功能分类 line — each as its cell (so with
/// its place), in 万元. Where each is printed is data: opening-budgets.json.
/// </summary>
public static class OpeningBudgetReader
{
    private const string Unit = "万元";

    private static readonly OpeningFile Data = EmbeddedJson.Load<OpeningFile>("opening-budgets.json");

    /// <summary>The budget's figure of that name (a name of opening-budgets.json), or null when the budget prints none.</summary>
    public static CellRef? Figure(Disclosure budget, string name) =>
        Data.Figures.FirstOrDefault(f => f.Name == name)?.Cells
            .Select(spec => Cell(budget, spec.Table, spec.Row, spec.Column))
            .FirstOrDefault(c => c is not null);

    /// <summary>
    /// The budget's 功能分类 line that a statement names by its deepest 科目 (<paramref name="level"/> 1 类, 2 款, 3 项)
    /// and, to choose among rows of one name, the 科目 one level above it; null when no row or more than one fits.
    /// </summary>
    public static CellRef? Line(Disclosure budget, int level, string name, string? parentName)
    {
        if (budget.Table(Data.Lines.Table) is not { } table) return null;
        var coded = table.Rows.Where(r => r.Code is { } code && code.Length == 1 + 2 * level).ToList();
        var named = coded.Where(r => ClassificationRows.Same(r.Name, name)).ToList();
        if (named.Count > 1 && parentName is not null)
            named = named.Where(r => table.Rows.Any(p => p.Code == r.Code![..(2 * level - 1)] && ClassificationRows.Same(p.Name, parentName))).ToList();
        if (named.Count != 1 || Data.Lines.Columns.FirstOrDefault(c => named[0][c] is PrintedNumber) is not { } column) return null;
        return new CellRef(table, named[0], column).InUnit(Unit);
    }

    private static CellRef? Cell(Disclosure budget, string tableId, string? rowName, string column)
    {
        if (budget.Table(tableId) is not { } table) return null;
        var row = rowName is null
            ? (table.Rows.Count == 1 ? table.Rows[0] : null)
            : table.Rows.FirstOrDefault(r => r.Key == RowKeys.Normalize(rowName));
        return row?[column] is PrintedNumber ? new CellRef(table, row, column).InUnit(Unit) : null;
    }

    private sealed record OpeningFile(
        [property: JsonPropertyName("figures")] IReadOnlyList<FigureSpec> Figures,
        [property: JsonPropertyName("lines")] LineSpec Lines);

    private sealed record FigureSpec(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("cells")] IReadOnlyList<CellSpec> Cells);

    private sealed record CellSpec(
        [property: JsonPropertyName("table")] string Table,
        [property: JsonPropertyName("row")] string? Row,
        [property: JsonPropertyName("column")] string Column);

    private sealed record LineSpec(
        [property: JsonPropertyName("table")] string Table,
        [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns);
}
