using System.Text.Json.Serialization;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// The sections a 情况说明 must have, in order, as data (Templates/narrative-sections.json): each with its
/// standard title, the spellings seen in practice, and for “其他重要事项” the parts it holds (机关运行经费,
/// 政府采购, 国有资产占用), which some documents print as sections of their own.
/// </summary>
public sealed record NarrativeSectionTemplate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sections")] IReadOnlyList<TemplateSection> Sections)
{
    /// <summary>The national template (Templates/narrative-sections.json).</summary>
    public static NarrativeSectionTemplate National { get; } = EmbeddedJson.Load<NarrativeSectionTemplate>("narrative-sections.json");
}

/// <summary>
/// A section of the template; <see cref="Parts"/> may stand in for the section itself; <see cref="MayFollow"/> names the sections
/// after which it may also stand (预算绩效 after 其他重要事项 or right after 三公经费, as regional templates place it).
/// </summary>
public sealed record TemplateSection(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("parts")] IReadOnlyList<TemplateSection>? Parts = null,
    [property: JsonPropertyName("mayFollow")] IReadOnlyList<string>? MayFollow = null);
