using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4505: an additive 评分细则 (“①…得0.25分；②…得0.5分…”, items read by Extract) can award at most the sum
/// of its items; an indicator scored above that sum while its weight is higher is reported. A rubric with an
/// item that may be worth the whole weight lists alternatives, not additive items, and is skipped. All
/// comparisons go through the intervals of the printed points (read to at least 0.01, like all evaluation
/// figures), so a finding needs the score to be above the sum whatever the rounding.
/// </summary>
public sealed class DepartmentRubricRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4505", "评分细则分值之和小于指标权重", Severity.Warning, RuleCategories.DepartmentEvaluation,
        "指标得分是否超过评分细则各项分值之和。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var n in d.All())
        {
            if (n.RubricItems.Count == 0 || n.Weight is not PrintedNumber w || n.Score is not PrintedNumber s) continue;
            var weight = EvaluationNumbers.Amount(w);
            if (n.RubricItems.Any(i => EvaluationNumbers.Amount(i).High >= weight.Low)) continue;
            var max = Interval.Sum(n.RubricItems.Select(EvaluationNumbers.Amount));
            if (max.High >= weight.Low || EvaluationNumbers.Amount(s).Low <= max.High) continue;
            yield return Rule.Report(
                $"“{n.Label}”权重 {w.Text} 分，评分细则各项合计最多 {EvaluationNumbers.Show(max.Mid)} 分（{string.Join(" + ", n.RubricItems.Select(i => EvaluationNumbers.Show(i.Value)))}），得分却为 {s.Text}",
                EvaluationLocations.Department(d, n.Location, n.Label, "指标评分细则"), max.Mid, s.Value);
        }
    }
}
