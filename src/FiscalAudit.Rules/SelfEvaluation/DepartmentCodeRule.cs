using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4504: indicator codes follow the tree: a child's code is its parent's plus one digit, and no code repeats.</summary>
public sealed class DepartmentCodeRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4504", "指标编号重复或不符合层级", Severity.Info, RuleCategories.DepartmentEvaluation,
        "部门评价指标编号是否重复、是否符合层级。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parent in d.All())
        {
            foreach (var child in parent.Children.Where(c => c.Code is not null && parent.Code is not null))
            {
                var wellFormed = child.Code!.Length == parent.Code!.Length + 1 && child.Code.StartsWith(parent.Code, StringComparison.Ordinal);
                if (!wellFormed)
                    yield return Rule.Report($"“{child.Label}”位于“{parent.Label}”之下，编号应为 {parent.Code} 后加一位数字，表中为 {child.Code}", EvaluationLocations.Department(d, child.Location, child.Label, "编号"), parent.Code + "n", child.Code);
            }
        }
        foreach (var n in d.All().Where(n => n.Code is not null))
        {
            if (!seen.Add(n.Code!) && n.Level == 1)
                yield return Rule.Report($"编号 {n.Code} 重复使用", EvaluationLocations.Department(d, n.Location, n.Label, "编号"), null, n.Code);
        }
    }
}
