using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// Which table cell a budget's 其他相关情况说明 restates (“三公”经费 and items, 会议费, 培训费, 机关运行经费, 政府采购), and
/// the vehicles its 国有资产 statement counts: data in Templates/budget-statements.json.
/// </summary>
public static partial class BudgetStatements
{
    private static readonly StatementsFile Data = EmbeddedJson.Load<StatementsFile>("budget-statements.json");

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年|上年|上一年")]
    private static partial Regex YearMention();

    /// <summary>The quantity the statement is of and the cell that prints it, or null when it is of none or the document lacks the table.</summary>
    public static (string Name, CellRef Cell)? Target(Disclosure disclosure, NarrativeFact statement)
    {
        if (statement.Kind != FactKind.Amount || statement.Amount is null || statement.Classification.Count > 0 || OtherYear(disclosure, statement.Quantity)) return null;
        var quantity = Data.Quantities.FirstOrDefault(q => Names(q, statement, disclosure));
        if (quantity is null) return null;
        return quantity.Cells.Select(spec => Cell(disclosure, spec)).FirstOrDefault(c => c is not null) is { } cell ? (quantity.Name, cell) : null;
    }

    /// <summary>The cells the document prints the quantity named exactly <paramref name="key"/> in, in the order of its cells; empty when none.</summary>
    public static IReadOnlyList<CellRef> CellsOf(Disclosure disclosure, string key) =>
        Data.Quantities.FirstOrDefault(q => q.Exact && q.Keys.Contains(WithoutDepartment(key, disclosure.Department))) is { } quantity
            ? quantity.Cells.Select(spec => Cell(disclosure, spec)).OfType<CellRef>().ToList()
            : [];

    /// <summary>
    /// True when the statement's quantity may be printed by any of its cells (anyCell: the 收入预算 a document states is its 收入总计 or its
    /// 本年收入合计 when it carries a 上年结转) and a cell other than the first prints the amount stated.
    /// </summary>
    public static bool RestatesAnotherCell(Disclosure disclosure, NarrativeFact statement) =>
        Data.Quantities.FirstOrDefault(q => Names(q, statement, disclosure)) is { AnyCell: true } quantity
        && quantity.Cells.Select(spec => Cell(disclosure, spec)).OfType<CellRef>().Skip(1)
            .Any(c => StatedCell.InUnitOf(c, statement).Number is { } printed && PrintedNumber.SameQuantity(statement.Amount!.Value, printed));

    /// <summary>
    /// The cell the quantity the statement is of cannot exceed (机关运行经费 at most the 基本支出表's 公用经费 合计), when the document
    /// prints no cell of the quantity itself; null otherwise.
    /// </summary>
    public static (string Name, CellRef Cell)? Bound(Disclosure disclosure, NarrativeFact statement)
    {
        if (statement.Kind != FactKind.Amount || statement.Amount is null || statement.Classification.Count > 0 || OtherYear(disclosure, statement.Quantity)) return null;
        if (Data.Quantities.FirstOrDefault(q => Names(q, statement, disclosure)) is not { AtMost: { } bounds } quantity || Target(disclosure, statement) is not null) return null;
        return bounds.Select(spec => Cell(disclosure, spec)).FirstOrDefault(c => c is not null) is { } cell ? (quantity.Name, cell) : null;
    }

    /// <summary>
    /// Last year's figure of the quantity the statement is of, printed beside this year's in the same row (the “三公” table's
    /// 上年 panel: “2024年预算数 | 2025年预算数”), restated in the statement's unit; null when the table prints none.
    /// </summary>
    public static CellRef? Previous(Disclosure disclosure, NarrativeFact statement)
    {
        if (Target(disclosure, statement) is not { } target) return null;
        var previous = target.Cell with { Column = Data.PreviousPanel + target.Cell.Column, Restated = null };
        return previous.Number is null ? null : previous.InUnit(statement.Unit);
    }

    /// <summary>The vehicles the 国有资产 statement says are held and bought (null when it says not), and the “三公” cells for buying and running them.</summary>
    public static (NarrativeFact? Held, NarrativeFact? Bought, CellRef? Purchase, CellRef? Operation) Vehicles(Disclosure disclosure)
    {
        var v = Data.Vehicles;
        NarrativeFact? Count(string ending) =>
            disclosure.Narrative.Facts.FirstOrDefault(f => f.Kind == FactKind.Count && f.Amount is not null && f.Whole is null && f.Key.EndsWith(ending, StringComparison.Ordinal));
        return (Count(v.Held), Count(v.Bought), Cell(disclosure, v.Purchase), Cell(disclosure, v.Operation));
    }

    private static CellRef? Cell(Disclosure disclosure, CellSpec spec)
    {
        if (disclosure.Table(spec.Table) is not { } table) return null;
        var row = table.Rows.FirstOrDefault(r =>
            (spec.Row is null || r.Key == spec.Row) && (spec.RowStarts is null || r.Key.StartsWith(spec.RowStarts, StringComparison.Ordinal)) && r[spec.Column] is not null);
        return row is null ? null : new CellRef(table, row, spec.Column);
    }

    /// <summary>
    /// True when the statement is of the quantity: by its key qualified by the whole its share names (<see cref="NarrativeFact.ScopedKey"/>) or by
    /// its own, unless the quantity is of the document's whole (ofWholeOnly: “项目支出”) and its share names another whole.
    /// </summary>
    private static bool Names(Quantity q, NarrativeFact statement, Disclosure disclosure)
    {
        var key = statement.Key;
        var whole = statement.Whole?.Key ?? string.Empty;
        var scoped = statement.ScopedKey;
        bool Exact(string k) => q.Keys.Contains(WithoutDepartment(k, disclosure.Department));
        return (q.Exact ? Exact(scoped) || (!q.OfWholeOnly && Exact(statement.QualifiedKey)) : q.Keys.Any(k => key.Contains(k, StringComparison.Ordinal)))
            && !(q.Not ?? Array.Empty<string>()).Concat(Data.NotAny).Any(n => key.Contains(n, StringComparison.Ordinal))
            && (q.Within is null || q.Within.Any(w => key.Contains(w, StringComparison.Ordinal) || whole.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>
    /// “上海市普陀区财政局收入预算” → “收入预算”: a total named after the department (上海 “2025年，上海市普陀区财政局收入预算…”) or after the
    /// department in a word of its own (selfNames: 宁夏 “2025年部门收入预算…”, “本部门支出预算…其中：基本支出…”) is the document's.
    /// </summary>
    private static string WithoutDepartment(string key, string? department) =>
        (string.IsNullOrEmpty(department) ? Data.SelfNames : Data.SelfNames.Prepend(department))
            .FirstOrDefault(name => key.StartsWith(name, StringComparison.Ordinal)) is { } self ? key[self.Length..] : key;

    /// <summary>“2024年‘三公’经费”, “上年机关运行经费”: a statement about another year than the budget's.</summary>
    private static bool OtherYear(Disclosure disclosure, string quantity) =>
        YearMention().Matches(quantity).Any(m => !m.Groups["year"].Success || int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) != disclosure.Year);

    private sealed record CellSpec(
        [property: JsonPropertyName("table")] string Table,
        [property: JsonPropertyName("column")] string Column,
        [property: JsonPropertyName("row")] string? Row = null,
        [property: JsonPropertyName("rowStarts")] string? RowStarts = null);

    private sealed record Quantity(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
        [property: JsonPropertyName("cells")] IReadOnlyList<CellSpec> Cells,
        [property: JsonPropertyName("not")] IReadOnlyList<string>? Not = null,
        [property: JsonPropertyName("within")] IReadOnlyList<string>? Within = null,
        [property: JsonPropertyName("atMost")] IReadOnlyList<CellSpec>? AtMost = null,
        [property: JsonPropertyName("exact")] bool Exact = false,
        [property: JsonPropertyName("ofWholeOnly")] bool OfWholeOnly = false,
        [property: JsonPropertyName("anyCell")] bool AnyCell = false);

    private sealed record VehicleSpec(
        [property: JsonPropertyName("held")] string Held,
        [property: JsonPropertyName("bought")] string Bought,
        [property: JsonPropertyName("purchase")] CellSpec Purchase,
        [property: JsonPropertyName("operation")] CellSpec Operation);

    private sealed record StatementsFile(
        [property: JsonPropertyName("notAny")] IReadOnlyList<string> NotAny,
        [property: JsonPropertyName("selfNames")] IReadOnlyList<string> SelfNames,
        [property: JsonPropertyName("quantities")] IReadOnlyList<Quantity> Quantities,
        [property: JsonPropertyName("previousPanel")] string PreviousPanel,
        [property: JsonPropertyName("vehicles")] VehicleSpec Vehicles);
}
