using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6602: the amount the 绩效目标设置情况 lists for a project is the 年度资金总额 of that project's form.</summary>
public sealed class StatedFundsRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6602", "绩效目标表年度资金总额与绩效目标设置情况所列金额不符", Severity.Error, RuleCategories.ProjectTargets,
        "绩效目标设置情况逐项列出的项目金额，应与该项目的项目支出绩效目标表中的年度资金总额一致。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) => disclosure.ProjectTargets.Forms.SelectMany(form => Check(disclosure, form));

    private static IEnumerable<Finding> Check(Disclosure disclosure, ProjectTargetForm form)
    {
        if (form.Total is not { } total || disclosure.ProjectTargets.Statement is not { } statement) yield break;
        foreach (var stated in statement.Projects.Where(p => TargetChecks.SameProject(p.Name, form.Project.Text)))
        {
            if (stated.Amount.Number.Interval.Overlaps(total.Number.Interval)) continue;
            var decimals = Math.Max(stated.Amount.Number.Decimals, total.Number.Decimals);
            yield return Rule.Report(
                $"绩效目标设置情况列出“{stated.Name}”{stated.Amount.Number.Text}万元，但该项目的绩效目标表年度资金总额为 {total.Number.Text}万元（差 {PrintedNumber.Format(Math.Abs(stated.Amount.Number.Value - total.Number.Value), decimals)}；表格位置 {total.Location.Describe()}）",
                FindingLocation.At(stated.Amount.Location), total.Number.Value, stated.Amount.Number.Value, related: new[] { FindingLocation.At(total.Location) });
        }
    }
}
