using System.Text.Json.Serialization;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Templates;

/// <summary>
/// Which tables a kind of disclosure must contain, as data: one JSON file per region/year, embedded in
/// this assembly (Templates/*.json). The national nine-table set is the default; a regional template
/// adds or drops tables (会议费/培训费 variants, 政府采购情况表) without touching code. The identities
/// between the tables are formulas in the same file (docs/formulas.md).
/// </summary>
public sealed record TableTemplate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("tables")] IReadOnlyList<TemplateTable> Tables,
    [property: JsonPropertyName("identities")] IReadOnlyList<TemplateIdentity>? Identities = null)
{
    /// <summary>The national nine-table set (Templates/national-final-accounts.json).</summary>
    public static TableTemplate National { get; } = Load("national-final-accounts.json");

    /// <summary>Loads an embedded template by file name.</summary>
    public static TableTemplate Load(string fileName) => EmbeddedJson.Load<TableTemplate>(fileName) with { FileName = fileName };

    /// <summary>The file the template was read from, for error messages.</summary>
    [JsonIgnore]
    public string FileName { get; init; } = string.Empty;
}

/// <summary>One table of a template: the model id (T1…), the printed 公开0N表 marker, the standard title and other titles seen in practice.</summary>
public sealed record TemplateTable(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("marker")] string Marker,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("required")] bool Required);
