using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// The table cells a budget narrative's 功能分类 line restates: the tables its sentence or section names
/// (财政拨款 → 江苏 B12, else B05 …), the row by the line's deepest 科目 name at its stated level — else with its 款 in
/// front, else at another level (a mislabelled level, FA6404) — its higher 科目 only choosing among rows of the same
/// name; a code printed with the name (“2010301行政运行”) wins over the name when one row has it, or one of the rows printing it has the name; the amount column. The vocabulary is data: Templates/budget-classification-lines.json.
/// </summary>
public static class ClassificationRows
{
    private static readonly LinesFile Data = EmbeddedJson.Load<LinesFile>("budget-classification-lines.json");

    /// <summary>One table a line may be printed in.</summary>
    public sealed record TableSpec(
        [property: JsonPropertyName("table")] string Table,
        [property: JsonPropertyName("side")] string? Side = null,
        [property: JsonPropertyName("economic")] bool Economic = false);

    /// <summary>
    /// The cells the line may restate: with a scope, the cell of the first scoped table that prints the 科目 (one
    /// cell); without one, the cell of every table that prints it. Empty when no table prints it unambiguously, or when
    /// the scope's fund tables print it in two (a 科目 of 财政拨款 spent from two funds is no row of one of them).
    /// </summary>
    public static IReadOnlyList<CellRef> Cells(Disclosure disclosure, NarrativeFact line) =>
        Cells(disclosure, line.Classification, line.Sentence, line.Location, line.Section, line.Whole?.Quantity);

    /// <summary>
    /// The cells of the 科目 <paramref name="parts"/> named in <paramref name="sentence"/> at <paramref name="at"/>, under the title
    /// <paramref name="section"/> (as <see cref="Cells(Disclosure, NarrativeFact)"/>). <paramref name="whole"/> is the quantity of the list
    /// the line is a part of (“一般公共预算当年拨款…，按功能科目分：” + “1.一般公共服务（类）支出…” + “2.…”): it scopes the line before its section does.
    /// </summary>
    public static IReadOnlyList<CellRef> Cells(Disclosure disclosure, IReadOnlyList<ClassificationPart> parts, string sentence, SourceLocation at, string section, string? whole = null)
    {
        var scope = Scope(disclosure, parts, sentence, at, section, whole);
        var cells = (scope?.Tables ?? Data.Unscoped).Select(spec => Cell(disclosure, spec, parts)).OfType<CellRef>().ToList();
        if (scope is null || cells.Count == 0) return cells;
        var funds = cells.Where(c => scope.FundParts.Contains(c.Table.Id)).Select(c => c.Table.Id).Distinct().Count();
        return scope.FundParts.Contains(cells[0].Table.Id) && funds > 1 ? Array.Empty<CellRef>() : cells.Take(1).ToList();
    }

    /// <summary>
    /// The 科目 an amount of a 部门决算 names by a row's name alone, with no level mark or code (“一般公共服务支出176.99万元，占…”,
    /// “其中：行政运行45.60万元”, “教育支出…主要用于…”): the level its name is printed at in the first table the sentence, its list's
    /// whole or its section scopes (“（三）一般公共预算财政拨款支出决算具体情况” → 表五, “三、支出决算情况说明” → 表三), with the 科目
    /// of its whole in front when the whole is one too (“一般公共服务支出…，其中：行政运行…”); empty when no scoped table prints the name,
    /// or prints it at two levels (“其他一般公共服务支出” as a 款 and as its 项) — a level is not guessed.
    /// </summary>
    public static IReadOnlyList<ClassificationPart> PlainName(Disclosure disclosure, NarrativeFact f)
    {
        if (Plain(disclosure, f.Key, f.Sentence, f.Location, f.Section, f.Whole?.Quantity) is not { } own) return Array.Empty<ClassificationPart>();
        var whole = f is { WholeBy: "breakdown", Whole: { Classification.Count: 0 } w } ? Plain(disclosure, w.Key, w.Sentence, w.Location, w.Section, null) : null;
        return whole is not null && whole.Level < own.Level ? new[] { whole, own } : new[] { own };
    }

    /// <summary>The 科目 <paramref name="name"/> at the one level the first scoped table printing it prints it at; null otherwise.</summary>
    private static ClassificationPart? Plain(Disclosure disclosure, string name, string sentence, SourceLocation at, string section, string? whole)
    {
        var part = new ClassificationPart(0, name);
        var levels = (Scope(disclosure, new[] { part }, sentence, at, section, whole)?.Tables ?? Array.Empty<TableSpec>())
            .Select(spec => (Spec: spec, Table: disclosure.Table(spec.Table)))
            .Select(x => x.Table?.Rows.Where(r => r.Code is not null && Same(r.Name, name)).Select(r => Level(r, x.Spec)).Distinct().ToList() ?? new List<int>())
            .FirstOrDefault(l => l.Count > 0);
        return levels is [> 0 and var level] ? part with { Level = level } : null;
    }

    /// <summary>True when a share's base names only the 类 its part belongs to (“占本类支出的”), or no base at all (“占”).</summary>
    public static bool IsClassBase(string? shareBase) => string.IsNullOrEmpty(shareBase) || Data.ClassBases.Contains(shareBase, StringComparer.Ordinal);

    /// <summary>The row of <paramref name="cell"/> and its higher rows by level (1 类, 2 款, 3 项).</summary>
    public static IReadOnlyDictionary<int, TableRow> Lineage(CellRef cell)
    {
        var own = Level(cell.Row, null);
        var lineage = new Dictionary<int, TableRow> { [own] = cell.Row };
        for (var level = 1; level < own; level++)
        {
            if (Ancestor(cell.Table, cell.Row, level) is { } a) lineage[level] = a;
        }
        return lineage;
    }

    /// <summary>The <paramref name="column"/> cell of the 类 row of <paramref name="table"/> named <paramref name="label"/> (“社会保障和就业支出”), or null.</summary>
    public static CellRef? ClassCell(FiscalTable table, string column, string label) =>
        table.Rows.FirstOrDefault(r => r.Code is { Length: 3 } && Same(r.Name, label)) is { } row ? new CellRef(table, row, column) : null;

    /// <summary>True when a printed row name and a stated 科目 name are one name (<see cref="Normalize"/>).</summary>
    public static bool Same(string printed, string stated) => Normalize(printed) == Normalize(stated);

    /// <summary>The name as compared: spellings unified, fillers removed, the endings dropped (“…缴费支出” = “…缴费”).</summary>
    private static string Normalize(string name)
    {
        var key = RowKeys.Normalize(name);
        foreach (var (from, to) in Data.Spellings) key = key.Replace(from, to, StringComparison.Ordinal);
        foreach (var filler in Data.Fillers) key = key.Replace(filler, string.Empty, StringComparison.Ordinal);
        while (Data.Endings.FirstOrDefault(e => key.Length > e.Length + 1 && key.EndsWith(e, StringComparison.Ordinal)) is { } ending) key = key[..^ending.Length];
        return key;
    }

    /// <summary>
    /// The tables named before the line in its sentence, else by the whole of the list it is a part of, else in the title it is printed under (“（三）一般公共预算财政拨款支出决算具体
    /// 情况” under “五、财政拨款支出决算情况说明”), else in the nearest section heading above it; null when none names any.
    /// </summary>
    private static ScopeSpec? Scope(Disclosure disclosure, IReadOnlyList<ClassificationPart> parts, string sentence, SourceLocation location, string section, string? whole)
    {
        var at = sentence.IndexOf(parts[0].Name, StringComparison.Ordinal);
        var lead = at > 0 ? sentence[..at] : string.Empty;
        return ScopeOf(lead) ?? ScopeOf(whole ?? string.Empty) ?? ScopeOf(section) ?? ScopeOf(Heading(disclosure, location)?.Text ?? string.Empty);
    }

    private static ScopeSpec? ScopeOf(string text) =>
        Data.Scopes.FirstOrDefault(s => s.Words.Any(w => text.Contains(w, StringComparison.Ordinal)));

    /// <summary>
    /// The last top-level heading (part, “五、” section or unnumbered title) printed before <paramref name="at"/> in its
    /// file: the narrative of one file of a document set does not continue under the other file's headings.
    /// </summary>
    private static OutlineEntry? Heading(Disclosure disclosure, SourceLocation at) =>
        disclosure.Narrative.Outline.LastOrDefault(h => h.Level is OutlineLevel.Part or OutlineLevel.Section or OutlineLevel.Unnumbered && Before(h.Location, at));

    private static bool Before(SourceLocation a, SourceLocation b) =>
        a.File == b.File && ((a.Page ?? 0) < (b.Page ?? 0) || (a.Page ?? 0) == (b.Page ?? 0) && (a.Line ?? 0) <= (b.Line ?? 0));

    /// <summary>The amount cell of the one row of <paramref name="spec"/>'s table that is the 科目 of <paramref name="parts"/>.</summary>
    private static CellRef? Cell(Disclosure disclosure, TableSpec spec, IReadOnlyList<ClassificationPart> parts)
    {
        if (disclosure.Table(spec.Table) is not { } table) return null;
        var rows = table.Rows.Where(r => spec.Side is null ? r.Code is not null : r.Side == spec.Side).ToList();
        var deepest = parts[^1];
        if (deepest.Code is { } code && Coded(rows, code, deepest.Name) is { } coded) return AmountCell(table, coded);
        var named = rows.Where(r => Level(r, spec) == deepest.Level && Same(r.Name, deepest.Name)).ToList();
        if (named.Count == 0) named = rows.Where(r => Level(r, spec) == deepest.Level && WithParent(table, r, deepest.Name)).ToList();
        if (named.Count == 0) named = rows.Where(r => Level(r, spec) > 0 && Same(r.Name, deepest.Name)).ToList();
        var placed = named.Where(r => parts.Take(parts.Count - 1).All(p => Ancestor(table, r, p.Level) is not { } a || Same(a.Name, p.Name))).ToList();
        var candidates = placed.Count > 0 ? placed : named;
        return candidates.Count == 1 ? AmountCell(table, candidates[0]) : null;
    }

    /// <summary>
    /// The row printing <paramref name="code"/>; of several (a code printed twice, one with a digit lost or misread: “2010301 行政运行”,
    /// “2010301 事业运行”), the one named <paramref name="name"/>; null when none or no one row is that.
    /// </summary>
    private static TableRow? Coded(IReadOnlyList<TableRow> rows, string code, string name)
    {
        var coded = rows.Where(r => r.Code == code).ToList();
        if (coded.Count > 1) coded = coded.Where(r => Same(r.Name, name)).ToList();
        return coded is [var one] ? one : null;
    }

    /// <summary>The row's cell in the first amount column it prints; null when it prints none.</summary>
    private static CellRef? AmountCell(FiscalTable table, TableRow row) =>
        Data.Columns.FirstOrDefault(c => row[c] is not null) is { } column ? new CellRef(table, row, column) : null;

    /// <summary>“人大事务行政运行（项）”: the 项 named with its 款 in front, as 人大事务 › 行政运行.</summary>
    private static bool WithParent(FiscalTable table, TableRow row, string stated) =>
        Ancestor(table, row, Level(row, null) - 1) is { } parent && Normalize(stated) == Normalize(parent.Name) + Normalize(row.Name);

    /// <summary>1 类, 2 款, 3 项 by the code's length (function codes 3/5/7 digits, economic 3/5); a row without code is a 类 row.</summary>
    private static int Level(TableRow row, TableSpec? spec) => row.Code?.Length switch
    {
        null => 1,
        3 => 1,
        5 => 2,
        7 when spec is null || !spec.Economic => 3,
        _ => 0,
    };

    private static TableRow? Ancestor(FiscalTable table, TableRow row, int level)
    {
        var length = level switch { 1 => 3, 2 => 5, _ => 0 };
        if (row.Code is not { } code || length == 0 || code.Length <= length) return null;
        return table.Rows.FirstOrDefault(r => r.Code == code[..length]);
    }

    /// <summary>Words naming a scope, its tables in order, and those of them that each print one fund's part of the scope's whole.</summary>
    private sealed record ScopeSpec(
        [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
        [property: JsonPropertyName("tables")] IReadOnlyList<TableSpec> Tables,
        [property: JsonPropertyName("fundParts")] IReadOnlyList<string>? FundPartsOrNull = null)
    {
        public IReadOnlyList<string> FundParts => FundPartsOrNull ?? Array.Empty<string>();
    }

    private sealed record LinesFile(
        [property: JsonPropertyName("scopes")] IReadOnlyList<ScopeSpec> Scopes,
        [property: JsonPropertyName("unscoped")] IReadOnlyList<TableSpec> Unscoped,
        [property: JsonPropertyName("columns")] IReadOnlyList<string> Columns,
        [property: JsonPropertyName("spellings")] IReadOnlyDictionary<string, string> Spellings,
        [property: JsonPropertyName("fillers")] IReadOnlyList<string> Fillers,
        [property: JsonPropertyName("endings")] IReadOnlyList<string> Endings,
        [property: JsonPropertyName("classBases")] IReadOnlyList<string> ClassBases);
}
