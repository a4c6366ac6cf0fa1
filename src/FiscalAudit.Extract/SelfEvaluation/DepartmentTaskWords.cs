using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of department task lists (<see cref="DepartmentTaskTableParser"/>), loaded from department-tasks.json (embedded), where each is described.</summary>
internal sealed class DepartmentTaskWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static DepartmentTaskWords Default { get; } = EmbeddedJson.Load<DepartmentTaskWords>(typeof(DepartmentTaskWords).Assembly, "department-tasks.json", Options);

    public List<string> RateColumns { get; init; } = new();

    public List<string> BudgetColumns { get; init; } = new();

    public List<string> ExecutedColumns { get; init; } = new();

    public List<string> TotalLabels { get; init; } = new();

    public string DefaultTitle { get; init; } = string.Empty;

    /// <summary>True when the compact cell starts with a total label (“金额合计”).</summary>
    public bool IsTotal(string key) => TotalLabels.Any(l => key.StartsWith(l, StringComparison.Ordinal));
}
