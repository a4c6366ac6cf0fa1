using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// What a standard table looks like: id, printed titles, the "公开0N表" marker and how printed
/// headers map to canonical column names. Loaded from standard-tables.json (embedded).
/// </summary>
public sealed class TableSchema
{
    public string Id { get; init; } = string.Empty;

    public string Marker { get; init; } = string.Empty;

    public List<string> Titles { get; init; } = new();

    public List<ColumnRule> Columns { get; init; } = new();

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
