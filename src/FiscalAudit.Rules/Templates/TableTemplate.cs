using System.Text.Json.Serialization;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Templates;

/// <summary>
/// Which tables a kind of disclosure must contain, as data: one JSON file per region/year, embedded in
/// this assembly (Templates/*.json). The national nine-table set is the default; a regional template
/// adds or drops tables (会议费/培训费 variants, 政府采购情况表) without touching code. The identities
/// between the tables are formulas in the same file (docs/formulas.md); <c>kind</c> (a document kind's
/// JSON name, e.g. “budget”) says which documents its formulas check, by default those of their category.
/// A template with a region, years or a template it is based on (docs/templates.md) checks with its formulas
/// only the documents read with it (or with a template based on it).
/// </summary>
public sealed record TableTemplate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("tables")] IReadOnlyList<TemplateTable> Tables,
    [property: JsonPropertyName("identities")] IReadOnlyList<TemplateIdentity>? Identities = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("region")] string? Region = null,
    [property: JsonPropertyName("years")] IReadOnlyList<int>? Years = null,
    [property: JsonPropertyName("basedOn")] string? BasedOn = null)
{
    /// <summary>The national nine-table set (Templates/national-final-accounts.json).</summary>
    public static TableTemplate National { get; } = Load("national-final-accounts.json");

    /// <summary>The identities of the 部门预算 / 单位预算 tables B01–B13 (Templates/department-budget.json); which tables a budget prints is Extract's budget-tables.json.</summary>
    public static TableTemplate Budget { get; } = Load("department-budget.json");

    /// <summary>Loads an embedded template by file name.</summary>
    public static TableTemplate Load(string fileName) => EmbeddedJson.Load<TableTemplate>(fileName) with { FileName = fileName };

    /// <summary>The header and identities of a user's template file (its tables are Extract's).</summary>
    public static TableTemplate From(TemplateFile file)
    {
        var identities = file.Read<IdentityList>(TemplateFile.Strict).Identities;
        if (identities is not null && identities.Any(i => i is null || i.Formulas.Any(f => f is null)))
            throw new TemplateFileException($"模板文件 {file.Path} 格式有误：identities 或 formulas 中有空项（null）。");
        var h = file.Header;
        return new TableTemplate(h.Id, h.Name, Array.Empty<TemplateTable>(), identities, h.Kind, h.Region, h.Years, h.BasedOn) { FileName = file.Path };
    }

    /// <summary>The header: a template without a kind checks final accounts, the kind of its rules' categories.</summary>
    [JsonIgnore]
    public TemplateHeader Header => new(Id, Name, Kind ?? DocumentKind.FinalAccounts.ToJsonName(), Region, Years, null, BasedOn);

    /// <summary>How many formulas its identities hold.</summary>
    [JsonIgnore]
    public int FormulaCount => Identities?.Sum(i => i.Formulas.Count) ?? 0;

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

/// <summary>What Rules read of a user's template file besides its header.</summary>
internal sealed record IdentityList([property: JsonPropertyName("identities")] IReadOnlyList<TemplateIdentity>? Identities);
