using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Reads the points of an additive 评分细则 (“①设定了部门中长期规划目标，得0.25分；②…得0.5分…”). A rubric
/// that deducts (扣) or leaves points to discretion (酌情), or that is not itemised with circled numbers
/// and at least two points, is not additive: no items (words in department-tree.json).
/// </summary>
public static partial class RubricItems
{
    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Points();

    /// <summary>The points of each item in order, or an empty list when the rubric is not additive.</summary>
    public static IReadOnlyList<PrintedNumber> Read(string? rubric)
    {
        var words = DepartmentTreeWords.Default;
        if (rubric is null || !rubric.Contains(words.RubricItemMarker, StringComparison.Ordinal)
            || words.RubricNotAdditiveWords.Any(w => rubric.Contains(w, StringComparison.Ordinal))) return Array.Empty<PrintedNumber>();
        var items = Points().Matches(rubric).Select(m => NumberText.Parse(m.Groups[1].Value)).OfType<PrintedNumber>().ToList();
        return items.Count < 2 ? Array.Empty<PrintedNumber>() : items;
    }
}
