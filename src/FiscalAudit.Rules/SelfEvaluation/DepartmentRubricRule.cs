using System.Text.RegularExpressions;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4505: an additive 评分细则 (“①…得0.25分；②…得0.5分…”) can award at most the sum of its items; an
/// indicator scored above that sum while its weight is higher is reported. Rubrics with deductions
/// (扣), discretion (酌情) or alternatives (one item worth the whole weight) are not additive and are skipped.
/// </summary>
public sealed partial class DepartmentRubricRule : DepartmentRule
{
    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Points();

    public static readonly RuleDescriptor Rule = new(
        "FA4505", "评分细则分值之和小于指标权重", Severity.Warning, RuleCategories.DepartmentEvaluation,
        "评分细则各项分值相加达不到指标权重，但该指标得分超过了细则可给的最高分。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var n in d.All())
        {
            if (n.Rubric is not string rubric || n.Weight is not PrintedNumber w || n.Score is not PrintedNumber s) continue;
            if (!rubric.Contains('①') || rubric.Contains('扣') || rubric.Contains("酌情", StringComparison.Ordinal)) continue;
            var items = Points().Matches(rubric).Select(m => NumberText.Parse(m.Groups[1].Value)?.Value).OfType<decimal>().ToList();
            if (items.Count < 2 || items.Max() >= w.Value) continue;
            var max = items.Sum();
            if (max >= w.Value || s.Value <= max) continue;
            yield return Rule.Report(
                $"“{n.Label}”权重 {w.Text} 分，评分细则各项合计最多 {EvaluationNumbers.Show(max)} 分（{string.Join(" + ", items.Select(i => EvaluationNumbers.Show(i)))}），得分却为 {s.Text}",
                EvaluationLocations.Department(d, n.Location, n.Label, "指标评分细则"), max, s.Value);
        }
    }
}
