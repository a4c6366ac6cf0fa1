using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// What a table looks like: id, printed titles, the "公开0N表" marker and how printed headers map to
/// canonical column names. The final-accounts tables are loaded from standard-tables.json (embedded);
/// budget tables are built per template from budget-tables.json (<see cref="BudgetTables"/>).
/// </summary>
public sealed record TableSchema
{
    public string Id { get; init; } = string.Empty;

    public string Marker { get; init; } = string.Empty;

    /// <summary>Every marker the table may be announced by (a budget template's “公开01表”, “表一”); the first is <see cref="Marker"/>.</summary>
    public List<string> Markers { get; init; } = new();

    public List<string> Titles { get; init; } = new();

    public List<ColumnRule> Columns { get; init; } = new();

    /// <summary>Top header labels that name a side of a two-sided table besides 收入 / 支出 (“本年收入” → “收入”).</summary>
    public Dictionary<string, string> Sides { get; init; } = new();

    /// <summary>Words of header labels that name a row besides 项目 / 名称 / 科目名称 (政府采购 “采购品目大类”, “专项名称”); a label containing one is a name column.</summary>
    public List<string> Names { get; init; } = new();

    /// <summary>True when a blank cell in a row that prints figures means 0 (<see cref="FiscalTable.BlanksAreZero"/>).</summary>
    public bool BlanksAreZero { get; init; }

    /// <summary>True when a named row's blank amount is 0 wherever the table prints no zero and no dash (<see cref="FiscalTable.BlankRowsAreNone"/>).</summary>
    public bool BlankRowsAreNone { get; init; }

    /// <summary>
    /// Label endings of the rows that sum the items above them since the last such row or total (“XX单位小计”); with any, a row
    /// that names a group (<see cref="TableRow.NamesGroup"/>) and prints figures sums the items below it (<see cref="SubtotalRows"/>).
    /// </summary>
    public List<string> Subtotals { get; init; } = new();

    /// <summary>True when the subtotal rows are found from the amounts first (<see cref="SubtotalsByAmount"/>), from the name columns and <see cref="Subtotals"/> when they do not add up.</summary>
    public bool SubtotalsByAmount { get; init; }

    /// <summary>
    /// Words of a header label that names no amount column of the table whatever else it holds: a count (“（辆）”, “批次”) the table
    /// prints beside its amounts is one of its count columns (<see cref="ColumnRule.Unit"/>) or none — never 公务接待费.
    /// </summary>
    public List<string> NotColumns { get; init; } = new();

    /// <summary>True when the table's one data row may be printed turned, its columns as rows (<see cref="TurnedTable"/>).</summary>
    public bool Turnable { get; init; }

    /// <summary>The row name of a table whose one data row prints no label (表七: “三公经费”).</summary>
    public string? DefaultRow { get; init; }

    /// <summary>The money unit the template prints the table in; null when the template does not say.</summary>
    public string? Unit { get; init; }

    /// <summary>How messages number the table (“表八”); null for the ordinal of its id.</summary>
    public string? Ordinal { get; init; }

    /// <summary>
    /// Header words of a panel (表七 “预算数” / “决算数”) printed only over the panel's first column (“预算数合计 | 因公出国（境）费 | …”),
    /// with the label the columns to its right are read under.
    /// </summary>
    public Dictionary<string, string> Panels { get; init; } = new();

    /// <summary>Years printed in header labels and the word they are read as (a 2025 budget: “2024年” → 上年, “2025年” → 本年), so that a panel named by its year matches the columns named by 上年 / 本年.</summary>
    public Dictionary<string, string> PanelYears { get; init; } = new();

    /// <summary>The <see cref="PanelYears"/> of a document of <paramref name="year"/>: the year before is 上年, its own year 本年; none when the year is unknown.</summary>
    public static Dictionary<string, string> YearWords(int? year) =>
        year is int y ? new Dictionary<string, string> { [$"{y - 1}年"] = "上年", [$"{y}年"] = "本年" } : new();

    /// <summary>A normalised header label with its <see cref="PanelYears"/> replaced.</summary>
    public string WithPanelYears(string label) => PanelYears.Aggregate(label, (text, year) => text.Replace(year.Key, year.Value, StringComparison.Ordinal));

    /// <summary>
    /// The canonical name for a joined, normalised header (“预算数·公务接待费”); null when nothing matches. A label wrapped inside its
    /// cell and read as two header rows (“预算数合” over “计”, “公务用车购置” over “及运行费” in a PDF drawn without rules) also matches
    /// as one word. A count column (“决算数·公务用车保有量（辆）”) is matched first; a header holding a word of <see cref="NotColumns"/>
    /// is no amount column.
    /// </summary>
    public string? ColumnFor(string header)
    {
        var unbroken = header.Replace("·", string.Empty, StringComparison.Ordinal);
        bool Matches(ColumnRule c) => c.Matches(header) || c.Matches(unbroken);
        if (Columns.FirstOrDefault(c => c.Unit is not null && Matches(c)) is { } count) return count.Name;
        if (NotColumns.Any(w => header.Contains(w, StringComparison.Ordinal))) return null;
        return Columns.FirstOrDefault(c => c.Unit is null && Matches(c))?.Name;
    }

    /// <summary>The count columns of the table (表七's “公务用车保有量”, “国内公务接待人次”) with the unit they count in.</summary>
    public IReadOnlyDictionary<string, string> CountUnits => Columns.Where(c => c.Unit is not null).ToDictionary(c => c.Name, c => c.Unit!);

    public static IReadOnlyList<TableSchema> Standard { get; } = Load();

    private static IReadOnlyList<TableSchema> Load() =>
        EmbeddedJson.Load<SchemaFile>(typeof(TableSchema).Assembly, "standard-tables.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true }).Tables;

    private sealed class SchemaFile
    {
        public List<TableSchema> Tables { get; init; } = new();
    }
}

/// <summary>A canonical column and the header word sets that identify it.</summary>
public sealed class ColumnRule
{
    public string Name { get; init; } = string.Empty;

    public List<List<string>> All { get; init; } = new();

    /// <summary>For a column of counts rather than amounts (表七's “公务用车保有量（辆）”), the unit it counts in (“辆”); null for amounts.</summary>
    public string? Unit { get; init; }

    /// <summary>Word sets a header must contain and end with the last of (“公务用车购置及运行费” with no 小计 under it).</summary>
    public List<List<string>> Ends { get; init; } = new();

    public bool Matches(string header) =>
        All.Any(words => words.All(w => header.Contains(w, StringComparison.Ordinal)))
        || Ends.Any(words => words.Count > 0 && words.All(w => header.Contains(w, StringComparison.Ordinal)) && header.EndsWith(words[^1], StringComparison.Ordinal));
}
