using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4503: “3个一级指标，11个二级指标，41个三级指标” matches the indicator table.</summary>
public sealed class DepartmentCountRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4503", "指标个数与文字说明不符", Severity.Warning, RuleCategories.DepartmentEvaluation,
        "文字所述各级指标个数是否与指标表相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        if (d.Indicators.Count == 0) yield break;
        foreach (var stated in d.StatedCounts)
        {
            var actual = d.All().Count(n => n.Level == stated.Level);
            if (actual != stated.Count)
                yield return Rule.Report($"文字称{"一二三"[stated.Level - 1]}级指标 {stated.Count} 个，指标表中有 {actual} 个", FindingLocation.At(stated.Location), actual, stated.Count);
        }
    }
}
