using System.Text.Json.Serialization;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Core.Templates;

/// <summary>
/// What every template file states about itself (docs/templates.md): its id, its name as users read it, the
/// document kind it reads (JSON kind name: “budget”, “final-accounts”), the region and the years it is for
/// (none: every region, every year), the budget levels it prints (none: both), and the template it is based
/// on, and what it asks of 项目支出绩效目标表 (none: inherited from the template it is based on). Extract reads the tables of a template file, Rules its identities; both read this header.
/// </summary>
public sealed record TemplateHeader(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("region")] string? Region = null,
    [property: JsonPropertyName("years")] IReadOnlyList<int>? Years = null,
    [property: JsonPropertyName("levels")] IReadOnlyList<string>? Levels = null,
    [property: JsonPropertyName("basedOn")] string? BasedOn = null,
    [property: JsonPropertyName("projectTargets")] ProjectTargetPolicy? ProjectTargets = null)
{
    /// <summary>The years, empty for every year.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> AllYears => Years ?? Array.Empty<int>();

    /// <summary>The document kind this header names; null when it names none or an unknown one.</summary>
    [JsonIgnore]
    public DocumentKind? DocumentKind => Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.ToJsonName() == Kind);

    /// <summary>
    /// True for a template of a whole kind (no region, no years, based on nothing): its formulas check every
    /// document of the kind. A regional or yearly template's formulas check only documents read with it.
    /// </summary>
    [JsonIgnore]
    public bool IsKindWide => Region is null && AllYears.Count == 0 && BasedOn is null;

    /// <summary>The years as users read them: “2025年”, “2017、2018年”, or “各年度”.</summary>
    public string YearsText() => AllYears.Count == 0 ? "各年度" : string.Join("、", AllYears) + "年";

    /// <summary>The region as users read it, “全国通用” when none.</summary>
    public string RegionText() => Region ?? "全国通用";

    /// <summary>
    /// The record of this template on a disclosure read with it: <paramref name="tables"/>, its lineage among
    /// <paramref name="all"/> (its id, then the ids of the templates it is based on) and why it was chosen.
    /// </summary>
    public PrintedTemplate Describe(IReadOnlyList<ExpectedTable> tables, IEnumerable<TemplateHeader> all, string reason)
    {
        var known = all.ToList();
        var lineage = Lineage(known);
        var targets = lineage.Select(id => (id == Id ? this : known.FirstOrDefault(t => t.Id == id))?.ProjectTargets).FirstOrDefault(p => p is not null);
        return new PrintedTemplate(Id, Name, tables) { Region = Region, Years = AllYears, Lineage = lineage, Reason = reason, ProjectTargets = targets };
    }

    /// <summary>This template's id, then the ids of the templates it is based on among <paramref name="all"/>, nearest first.</summary>
    public IReadOnlyList<string> Lineage(IEnumerable<TemplateHeader> all)
    {
        var known = all.ToList();
        var lineage = new List<string>();
        for (var t = this; t is not null && !lineage.Contains(t.Id); t = known.FirstOrDefault(b => b.Id == t.BasedOn)) lineage.Add(t.Id);
        return lineage;
    }
}
