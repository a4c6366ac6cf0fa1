using System.Text.Json.Serialization;

namespace FiscalAudit.Core.Templates;

/// <summary>
/// What a budget template asks of 项目支出绩效目标表 (template field “projectTargets”): whether every project
/// must have one in the document (“always”), only the forms the document publishes are checked (“whenPublished”:
/// a budget may refer to forms published by its units), or the template has none (“never”); and the 一级指标
/// every form must have. Any other value of “forms” makes the template file unusable, with its name in the message.
/// </summary>
public sealed record ProjectTargetPolicy(
    [property: JsonPropertyName("forms")] TargetForms Forms,
    [property: JsonPropertyName("level1")] IReadOnlyList<string> Level1)
{
    /// <summary>True when the document itself must carry a form for each project it sets targets for.</summary>
    [JsonIgnore]
    public bool Required => Forms == TargetForms.Always;
}

/// <summary>The values of a template's “projectTargets.forms”.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetForms>))]
public enum TargetForms
{
    [JsonStringEnumMemberName("always")] Always,
    [JsonStringEnumMemberName("whenPublished")] WhenPublished,
    [JsonStringEnumMemberName("never")] Never,
}
