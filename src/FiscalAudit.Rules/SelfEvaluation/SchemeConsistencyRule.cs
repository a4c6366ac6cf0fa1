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
        "同一文件中某项目的一级指标分值结构与其他项目不同（如缺少效益指标、满意度 40 分）。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var signed = disclosure.Evaluations.Projects.Select(p => (Project: p, Signature: Signature(p))).Where(x => x.Signature is not null).ToList();
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
        var groups = p.Indicators.Select(i => i.Level1).Where(n => n is not null).Distinct().ToList();
        if (groups.Count == 0) return null;
        var parts = new List<string>();
        foreach (var name in groups)
        {
            var stated = p.Groups.FirstOrDefault(g => g.Name == name)?.StatedPoints?.Value;
            var members = p.Indicators.Where(i => i.Level1 == name).ToList();
            var points = stated ?? (members.All(i => i.Weight is not null) ? members.Sum(i => i.Weight!.Value.Value) : null);
            if (points is not decimal v) return null;
            parts.Add($"{name} {EvaluationNumbers.Show(v)}");
        }
        return $"{p.Form switch { EvaluationForm.FundsAndIndicators => "资金+指标", _ => "投入/过程/产出/效果" }}：{string.Join("、", parts)}";
    }
}
