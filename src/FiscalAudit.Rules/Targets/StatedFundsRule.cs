using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6602: the amount the 绩效目标设置情况 lists for a project is the 年度资金总额 of that project's form.</summary>
public sealed class StatedFundsRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6602", "绩效目标表年度资金总额与绩效目标设置情况所列金额不符", Severity.Error, RuleCategories.ProjectTargets,
        "绩效目标设置情况所列项目金额是否与目标表相同。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// One finding per listed project and printed total it contradicts: a form printed twice (in the text and again in an
    /// annex) is one form, its second place related.
    /// </summary>
    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.ProjectTargets.Statement is not { } statement) yield break;
        foreach (var stated in statement.Projects)
        {
            var contradicting = disclosure.ProjectTargets.Forms
                .Where(f => f.Total is { } total && TargetChecks.SameProject(stated.Name, f.Project.Text) && !stated.Amount.Number.Interval.Overlaps(total.Number.Interval))
                .Select(f => f.Total!).GroupBy(t => t.Number.Value);
            foreach (var copies in contradicting)
            {
                var total = copies.First();
                var places = copies.Select(t => FindingLocation.At(t.Location)).ToList();
                var decimals = Math.Max(stated.Amount.Number.Decimals, total.Number.Decimals);
                yield return Rule.Report(
                    $"绩效目标设置情况列出“{stated.Name}”{stated.Amount.Number.Text}万元，但该项目的绩效目标表年度资金总额为 {total.Number.Text}万元（差 {PrintedNumber.Format(Math.Abs(stated.Amount.Number.Value - total.Number.Value), decimals)}；表格位置 {string.Join("、", places.Select(p => p.Describe()))}）",
                    FindingLocation.At(stated.Amount.Location), total.Number.Value, stated.Amount.Number.Value, related: places);
            }
        }
    }
}
