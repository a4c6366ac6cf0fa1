using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Links a fact to the table cells it restates, by the quantity's qualified key (“收入合计/财政拨款收入”
/// → 表二 合计行 财政拨款收入列). The mapping is data: one line per quantity, every spelling listed, so
/// linking is a dictionary look-up.
/// </summary>
public static class CellLinker
{
    private static readonly CellLinks Links = CellLinks.Default;

    private static readonly Dictionary<string, CellLinks.CellLine> Targets =
        Links.Cells.SelectMany(line => line.Keys.Select(key => (key, line))).ToDictionary(p => p.key, p => p.line, StringComparer.Ordinal);

    /// <summary>“三公” items by their name stripped of 财政拨款/支出/决算 (see <see cref="ThreePublicName"/>).</summary>
    private static readonly Dictionary<string, string> ThreePublic = new(Links.ThreePublic.Items, StringComparer.Ordinal);

    /// <summary>
    /// Sets the fact's <see cref="NarrativeFact.Cell"/>, <see cref="NarrativeFact.AlsoCells"/>, <see cref="NarrativeFact.BudgetCell"/>,
    /// <see cref="NarrativeFact.SubjectCell"/>, <see cref="NarrativeFact.RateBudgetName"/> and, for a share stating neither amount,
    /// <see cref="NarrativeFact.PartCells"/> and <see cref="NarrativeFact.WholeCells"/> (<see cref="ShareCells"/>).
    /// </summary>
    /// <remarks>
    /// An amount listed under no whole whose share names one (“基本支出192.58万元，占一般公共预算财政拨款支出的100%”) is that whole's
    /// part: it is keyed by the whole named (“一般公共预算财政拨款支出/基本支出”, <see cref="NarrativeFact.ScopedKey"/>, 表五), and by its own key when that names no cell.
    /// </remarks>
    public static void LinkAll(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        var linked = fact.Kind == FactKind.Amount && fact.ShareWhole is not null && Targets.TryGetValue(fact.ScopedKey, out var part) && Find(tables, part) is not null
            ? fact.ScopedKey
            : Key(fact);
        fact.Cell = linked == Key(fact) ? Link(fact, tables) : Find(tables, Targets[linked]);
        if (fact.Cell is not null && fact.Kind == FactKind.Amount && Targets.TryGetValue(linked, out var t) && t.Also is { } also && Find(tables, also) is { } other)
            fact.AlsoCells.Add(other);
        if (BudgetedKey(fact) is { } key && ThreePublic.TryGetValue(ThreePublicName(key), out var column))
        {
            fact.BudgetCell = ThreePublicCell(tables, StandardColumns.Budget, column);
            if (fact.BudgetCell is null && fact.Kind == FactKind.Completion && Row(tables, ThreePublicTarget(StandardColumns.Budget, column)) is var (table, row))
                fact.BlankBudgetCell = LinkedCell.Unprinted(table, row, StandardColumns.Of(StandardColumns.Budget, column));
        }
        if (fact.Kind == FactKind.Change && fact.Subject is null && ThreePublicColumn(fact.Key) is { } changed)
            fact.SubjectCell = ThreePublicCell(tables, StandardColumns.Final, changed);
        ShareCells.Link(fact, tables);
        if (fact.Kind == FactKind.Completion && fact.BudgetName is { } named && fact.Sentence.Contains(Links.CompletionVerb + named, StringComparison.Ordinal))
            fact.RateBudgetName = named;
    }

    /// <summary>The 表七 column of the “三公” item <paramref name="key"/> names (“公务接待费支出决算” → 公务接待费), or null for any other name.</summary>
    public static string? ThreePublicColumn(string key) => ThreePublic.GetValueOrDefault(ThreePublicName(key));

    /// <summary>
    /// The name of what a fact compares with its budget: a completion's own, or the 决算 a change against a budget other than the
    /// 年初预算 is of (the change's own when it states no 决算: “公务接待费支出决算比预算减少3.00万元”), when the text states no budget
    /// (““三公”经费支出决算15.00万元，决算数比预算数减少5.00万元”; 表七's 预算数 is the 全年预算); null for any other fact.
    /// </summary>
    private static string? BudgetedKey(NarrativeFact fact) => fact.Kind switch
    {
        FactKind.Completion => fact.Key,
        FactKind.Change when fact.Budget is null && fact.Against is ChangeBase.Budget or ChangeBase.AdjustedBudget => fact.Subject?.Key ?? fact.Key,
        _ => null,
    };

    /// <summary>The linked cell, or null when the fact restates no known cell or the document has no such table.</summary>
    public static LinkedCell? Link(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        if (fact.Kind is not (FactKind.Amount or FactKind.Completion) || tables.Count == 0) return null;
        if (fact.Kind == FactKind.Amount && Targets.TryGetValue(Key(fact), out var target) && Find(tables, target) is LinkedCell c) return c;
        if (fact.Kind == FactKind.Amount && fact.Whole is not null && fact.WholeBy == "breakdown" && !IsThreePublic(fact.Whole.Key)) return ClassRow(fact.Whole.Key, fact.Key, tables);
        return ThreePublicColumn(fact.Key) is { } column ? ThreePublicCell(tables, StandardColumns.Final, column) : null;
    }

    /// <summary>The 表七 cell of a “三公” item's <paramref name="column"/> under <paramref name="group"/> (预算数 or 决算数).</summary>
    private static LinkedCell? ThreePublicCell(IReadOnlyList<FiscalTable> tables, string group, string column) =>
        Find(tables, ThreePublicTarget(group, column));

    private static CellLinks.CellTarget ThreePublicTarget(string group, string column) =>
        new() { Table = Links.ThreePublic.Table, Column = StandardColumns.Of(group, column) };

    /// <summary>“三公经费”, or one of its items whose parts are 表七 columns too (“公务用车购置及运行维护费支出” → 购置费, 运行维护费).</summary>
    private static bool IsThreePublic(string key) => key.Contains(Links.ThreePublic.GroupWord, StringComparison.Ordinal) || ThreePublic.ContainsKey(ThreePublicName(key));

    private static string Key(NarrativeFact fact) => fact.QualifiedKey.Replace("“", string.Empty).Replace("”", string.Empty);

    /// <summary>“财政拨款三公经费支出决算” → “三公经费”: the item name without a prefix before and the suffixes after (cell-links.json).</summary>
    private static string ThreePublicName(string key)
    {
        var k = Links.ThreePublic.Prefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal)) is { } prefix ? key[prefix.Length..] : key;
        foreach (var suffix in Links.ThreePublic.Suffixes)
        {
            if (k.EndsWith(suffix, StringComparison.Ordinal)) k = k[..^suffix.Length];
        }
        return k;
    }

    /// <summary>
    /// The cell of the part keyed <paramref name="key"/> listed under the whole keyed <paramref name="whole"/>: the cell of their joint key
    /// (“支出合计/基本支出” → 表三 合计行 基本支出列) or, under the whole whose 类 rows 表五 prints, the 类's row; null when the tables print none.
    /// </summary>
    internal static LinkedCell? PartOf(string whole, string key, IReadOnlyList<FiscalTable> tables) =>
        Targets.TryGetValue(whole + "/" + key, out var target) ? Find(tables, target) : ClassRow(whole, key, tables);

    /// <summary>“一般公共服务（类）支出176.99万元” under 一般公共预算财政拨款支出 → the 类 row of 表五.</summary>
    private static LinkedCell? ClassRow(string whole, string key, IReadOnlyList<FiscalTable> tables)
    {
        var rows = Links.ClassRows;
        if (!whole.Contains(rows.Whole, StringComparison.Ordinal)) return null;
        var table = tables.FirstOrDefault(t => t.Id == rows.Table);
        var row = table?.Rows.FirstOrDefault(r => r.Code?.Length == rows.CodeLength && RowKeys.Normalize(r.Name).Replace(rows.Mark, string.Empty) == key);
        return table is not null && row is not null ? LinkedCell.Restated(table, row, rows.Column) : null;
    }

    internal static LinkedCell? Find(IReadOnlyList<FiscalTable> tables, CellLinks.CellTarget target) =>
        Row(tables, target) is var (table, row) ? LinkedCell.Restated(table, row, target.Column) : null;

    /// <summary>The table and the row that hold <paramref name="target"/>'s cell, printed or blank.</summary>
    private static (FiscalTable, TableRow)? Row(IReadOnlyList<FiscalTable> tables, CellLinks.CellTarget target)
    {
        var table = tables.FirstOrDefault(t => t.Id == target.Table);
        var row = table?.Rows.FirstOrDefault(r => (target.Row is null || r.Key == target.Row) && (target.Side is null || r.Side is null || r.Side == target.Side) && r.Cells.ContainsKey(target.Column));
        return row is null ? null : (table!, row);
    }
}
