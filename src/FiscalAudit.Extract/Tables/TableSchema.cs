using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// What a table looks like: id, printed titles, the "公开0N表" marker and how printed headers map to
/// canonical column names. The final-accounts tables are loaded from standard-tables.json (embedded);
/// budget tables are built per template from budget-tables.json (<see cref="BudgetTables"/>).
/// </summary>
public sealed class TableSchema
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

    /// <summary>The row name of a table whose one data row prints no label (表七: “三公经费”).</summary>
    public string? DefaultRow { get; init; }

    /// <summary>The money unit the template prints the table in; null when the template does not say.</summary>
    public string? Unit { get; init; }

    /// <summary>How messages number the table (“表八”); null for the ordinal of its id.</summary>
    public string? Ordinal { get; init; }

    /// <summary>The canonical name for a joined, normalised header; null when nothing matches.</summary>
    public string? ColumnFor(string header) =>
        Columns.FirstOrDefault(c => c.All.Any(words => words.All(w => header.Contains(w, StringComparison.Ordinal))))?.Name;

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
}
