using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The layout words of <see cref="EvaluationMarkers"/>, loaded from evaluation-markers.json (embedded), where each is described.</summary>
internal sealed class EvaluationMarkerWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static EvaluationMarkerWords Default { get; } = EmbeddedJson.Load<EvaluationMarkerWords>(typeof(EvaluationMarkerWords).Assembly, "evaluation-markers.json", Options);

    public string ProseReport { get; init; } = string.Empty;

    public string BracketForm { get; init; } = string.Empty;

    public string Summary { get; init; } = string.Empty;

    public string Portfolio { get; init; } = string.Empty;

    public string StatedResult { get; init; } = string.Empty;

    public string DepartmentTree { get; init; } = string.Empty;

    public string DepartmentTasks { get; init; } = string.Empty;

    public string LevelledTable { get; init; } = string.Empty;
}
