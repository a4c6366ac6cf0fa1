using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>Finding locations for evaluation rules: table = the project, row = the indicator, column = the cell.</summary>
internal static class EvaluationLocations
{
    public static FindingLocation Project(ProjectEvaluation p, SourceLocation? at = null, string? row = null, string? column = null) =>
        new(at ?? p.Location, p.Name, Label(p), row, column);

    public static FindingLocation Indicator(ProjectEvaluation p, Indicator i, string column) =>
        new(i.Location, p.Name, Label(p), i.Path, column);

    /// <summary>“项目“X””, or “部门整体“X”” for a department-wide table.</summary>
    private static string Label(ProjectEvaluation p) => p.DepartmentWide ? $"部门整体“{p.Name}”" : $"项目“{p.Name}”";

    public static FindingLocation Department(DepartmentEvaluation d, SourceLocation? at = null, string? row = null, string? column = null) =>
        new(at ?? d.Location, d.Title, d.Title, row, column);
}
