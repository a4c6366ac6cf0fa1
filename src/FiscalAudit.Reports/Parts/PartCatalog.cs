using System.Text.Json.Serialization;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Reports.Parts;

/// <summary>
/// The parts a reviewer checks in each kind of document, in check-sheet order, as data
/// (Parts/disclosure-parts.json): fixed parts recognised by their headings (封面/目录, 部门职责, 机构设置,
/// 名词解释), series expanded per document (each table of a table template, each section of a
/// 情况说明 template, each evaluated project), the part that holds everything before the body and the
/// part for what belongs nowhere else.
/// </summary>
public sealed record PartCatalog(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("layouts")] IReadOnlyList<PartLayout> Layouts)
{
    /// <summary>The national layouts (Parts/disclosure-parts.json).</summary>
    public static PartCatalog National { get; } = EmbeddedJson.Load<PartCatalog>(typeof(PartCatalog).Assembly, "disclosure-parts.json");

    /// <summary>The layout for a kind of document; every kind has one.</summary>
    public PartLayout For(DocumentKind kind) =>
        Layouts.FirstOrDefault(l => l.Kinds.Contains(kind.ToJsonName()))
        ?? throw new InvalidDataException($"Part catalog {Id} has no layout for {kind.ToJsonName()}.");
}

/// <summary>
/// The parts of the kinds named in <see cref="Kinds"/> (JSON kind names). <see cref="Start"/> is the id of
/// the part that holds everything before the body (cover and table of contents); <see cref="Fallback"/>
/// the id of the part for findings that belong to no other part (the whole file, appendices).
/// </summary>
public sealed record PartLayout(
    [property: JsonPropertyName("kinds")] IReadOnlyList<string> Kinds,
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("fallback")] string Fallback,
    [property: JsonPropertyName("parts")] IReadOnlyList<PartSpec> Parts);

/// <summary>
/// One entry of a layout: a part of its own when it has a <see cref="Title"/>; <see cref="Headings"/> are
/// words a heading at any level contains to start it, <see cref="PartHeadings"/> words only a “第N部分”
/// heading contains; <see cref="Each"/> expands into one part per table, section or evaluation.
/// </summary>
public sealed record PartSpec(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("check")] string? Check = null,
    [property: JsonPropertyName("headings")] IReadOnlyList<string>? Headings = null,
    [property: JsonPropertyName("partHeadings")] IReadOnlyList<string>? PartHeadings = null,
    [property: JsonPropertyName("each")] PartSeries? Each = null);

/// <summary>
/// A series of parts: one per item of <see cref="Source"/>, titled by <see cref="Title"/> (“{0}” is the
/// item's name); <see cref="Template"/> names the Rules template file the tables or sections come from — for
/// tables it may be left out: then they are those of the template the document was read with (budgets).
/// </summary>
public sealed record PartSeries(
    [property: JsonPropertyName("source")] PartSource Source,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("check")] string Check,
    [property: JsonPropertyName("template")] string? Template = null);

/// <summary>What a series of parts is made of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartSource>))]
public enum PartSource
{
    /// <summary>Each table of a table template (Rules/Templates/*.json, else the document's own), printed title when present.</summary>
    [JsonStringEnumMemberName("tables")]
    Tables,

    /// <summary>Each section of a 情况说明 template, and each part of a section that has parts.</summary>
    [JsonStringEnumMemberName("narrative-sections")]
    NarrativeSections,

    /// <summary>Each project self-evaluation found in the document.</summary>
    [JsonStringEnumMemberName("projects")]
    Projects,

    /// <summary>Each department-level evaluation found in the document.</summary>
    [JsonStringEnumMemberName("department-evaluations")]
    DepartmentEvaluations,

    /// <summary>Each 项目支出绩效目标表 found in a budget.</summary>
    [JsonStringEnumMemberName("project-targets")]
    ProjectTargets,
}
