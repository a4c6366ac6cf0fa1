using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>Finding locations for evaluation rules: table = the project, row = the indicator, column = the cell.</summary>
internal static class EvaluationLocations
{
    public static FindingLocation Project(ProjectEvaluation p, SourceLocation? at = null, string? row = null, string? column = null) =>
        new(at ?? p.Location, p.Name, Label(p), row, Printed(p, column));

    public static FindingLocation Indicator(ProjectEvaluation p, Indicator i, string column) =>
        new(i.LocationOf(column), p.Name, Label(p), i.Path, Printed(p, column));

    /// <summary>The column a score's cell stands under as printed: 得分 is the 扣分 column in a table scored by its deductions.</summary>
    private static string? Printed(ProjectEvaluation p, string? column) => column == IndicatorColumns.Score ? p.ScoreColumn : column;

    /// <summary>
    /// The funds row's cell under <paramref name="column"/> (“分值”, “执行率”, “得分”), the row when that cell is not its own, named by the
    /// row's printed label (“预算执行率”), else <paramref name="unlabelled"/> (as the form names the row: “年度资金总额”).
    /// </summary>
    public static FindingLocation Funds(ProjectEvaluation p, string column, string unlabelled = FundsRowName) =>
        new(p.Funds.LocationOf(column) ?? p.Location, p.Name, Label(p), p.Funds.Label ?? unlabelled, column);

    /// <summary>The funds row's name on the national form, for amounts read from no labelled row (a summary sentence).</summary>
    private const string FundsRowName = "年度资金总额";

    /// <summary>A group's cell under <paramref name="column"/>: its points (“分值”, the heading when they are printed in it) or its subtotal's score (“得分”).</summary>
    /// <remarks>A score printed in a group-score column names that column (<see cref="IndicatorGroup.StatedScoreColumn"/>), not the table's scoring one.</remarks>
    public static FindingLocation Group(ProjectEvaluation p, IndicatorGroup g, string column)
    {
        var at = Project(p, column == IndicatorColumns.Score ? g.StatedScoreLocation ?? g.Location : g.PointsLocation, g.IsLevel1 ? g.Name : $"{g.Parent} · {g.Name}", column);
        return column == IndicatorColumns.Score && g.StatedScoreColumn is string own ? at with { Column = own } : at;
    }

    /// <summary>“项目“X””, or “部门整体“X”” for a department-wide table.</summary>
    private static string Label(ProjectEvaluation p) => p.DepartmentWide ? $"部门整体“{p.Name}”" : $"项目“{p.Name}”";

    public static FindingLocation Department(DepartmentEvaluation d, SourceLocation? at = null, string? row = null, string? column = null) =>
        new(at ?? d.Location, d.Title, d.Title, row, column);

    /// <summary>The department tree's total row by its cell under <paramref name="column"/> (“权重”, “得分”), its label when that cell is not its own.</summary>
    public static FindingLocation DepartmentTotal(DepartmentEvaluation d, string column) =>
        Department(d, (column == IndicatorColumns.Score ? d.TotalScoreLocation : d.TotalWeightLocation) ?? d.TotalLocation, "合计", column);
}
