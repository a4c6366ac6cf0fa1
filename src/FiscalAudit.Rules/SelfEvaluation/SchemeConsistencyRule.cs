using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4006: projects of one document are scored with one structure. A project's structure is its form
/// and the points of its first-level groups (as printed, else the sum of their indicator weights); a
/// project whose structure differs from the one most projects use is reported.
/// </summary>
public sealed class SchemeConsistencyRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4006", "同一文件中评分结构不一致", Severity.Warning, RuleCategories.SelfEvaluation,
        "同一文件各项目的一级指标分值结构是否相同。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var signed = disclosure.Evaluations.Projects.Where(p => !p.DepartmentWide).Select(p => (Project: p, Signature: Signature(p))).Where(x => x.Signature is not null).ToList();
        if (signed.Count < 3) yield break;
        var common = signed.GroupBy(x => x.Signature).OrderByDescending(g => g.Count()).First();
        if (common.Count() * 2 <= signed.Count) yield break;
        foreach (var (p, signature) in signed.Where(x => x.Signature != common.Key))
        {
            yield return Rule.Report(
                $"本项目一级指标分值为“{signature}”，本文件其他 {common.Count()} 个项目为“{common.Key}”",
                EvaluationLocations.Project(p, p.Groups.FirstOrDefault()?.Location ?? p.Location), common.Key, signature);
        }
    }

    private static string? Signature(ProjectEvaluation p)
    {
        var groups = IndicatorGroups.Level1Points(p);
        if (groups.Count == 0 || groups.Any(g => g.Points is null)) return null;
        var parts = groups.Select(g => $"{g.Name} {EvaluationNumbers.Show(g.Points!.Value)}");
        var form = p.Form switch
        {
            EvaluationForm.FundsAndIndicators => "资金+指标",
            EvaluationForm.DecisionProcessOutputBenefit => "决策/过程/产出/效益",
            _ => "投入/过程/产出/效果",
        };
        return $"{form}：{string.Join("、", parts)}";
    }
}
