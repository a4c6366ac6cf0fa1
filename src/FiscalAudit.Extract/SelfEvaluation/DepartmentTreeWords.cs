using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of department indicator trees and their 评价得分简表 (<see cref="DepartmentTreeParser"/>), loaded from department-tree.json (embedded), where each is described.</summary>
internal sealed class DepartmentTreeWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static DepartmentTreeWords Default { get; } = EmbeddedJson.Load<DepartmentTreeWords>(typeof(DepartmentTreeWords).Assembly, "department-tree.json", Options);

    /// <summary>Words of the tree's title (“部门整体支出绩效评价指标体系”, “…评分表”).</summary>
    public List<string> TitleWords { get; init; } = new();

    /// <summary>The tree's name when no title is printed before its header.</summary>
    public string DefaultTitle { get; init; } = string.Empty;

    /// <summary>Cells that end the tree with its total (“合计”, “总分”).</summary>
    public List<string> TotalLabels { get; init; } = new();

    public string SummaryHead { get; init; } = string.Empty;

    public string WeightRow { get; init; } = string.Empty;

    public string ScoreRow { get; init; } = string.Empty;

    public string TotalPart { get; init; } = string.Empty;

    /// <summary>The grades a score row of the 评价得分简表 may print (优/良/中/差).</summary>
    public List<string> SummaryGrades { get; init; } = new();

    /// <summary>The mark of an itemised 评分细则 (“①”).</summary>
    public string RubricItemMarker { get; init; } = string.Empty;

    /// <summary>Words of a 评分细则 that is not additive (“扣”, “酌情”).</summary>
    public List<string> RubricNotAdditiveWords { get; init; } = new();
}
