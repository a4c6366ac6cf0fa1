using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4011: an evaluation table's year ("（2021年度）") is the document's year. The document year is the
/// one the document states; failing that, the year printed on at least two thirds of its tables.
/// </summary>
public sealed class TableYearRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4011", "评价表年度与文件年度不符", Severity.Warning, RuleCategories.SelfEvaluation,
        "评价表标注的年度是否与文件年度一致。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var projects = disclosure.Evaluations.Projects.Where(p => p.Year is not null).ToList();
        var year = disclosure.Year ?? MajorityYear(projects);
        if (year is not int y) yield break;
        foreach (var p in projects.Where(p => p.Year != y))
        {
            yield return Rule.Report($"评价表标注“{p.Year}年度”，文件年度为 {y} 年", EvaluationLocations.Project(p, p.YearLocation, "年度"), y, p.Year!.Value);
        }
    }

    private static int? MajorityYear(List<ProjectEvaluation> projects)
    {
        if (projects.Count < 3) return null;
        var top = projects.GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Count()).First();
        return top.Count() * 3 >= projects.Count * 2 ? top.Key : null;
    }
}
