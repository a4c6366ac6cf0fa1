using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Targets;

/// <summary>
/// FA6603: a budget that publishes its forms (and refers to none elsewhere) states as many projects and as much
/// money in its 绩效目标设置情况 as its forms hold.
/// </summary>
public sealed class StatedTotalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6603", "绩效目标设置情况的项目个数或资金与绩效目标表不符", Severity.Warning, RuleCategories.ProjectTargets,
        "所述项目个数和资金是否与所附绩效目标表相符。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var targets = disclosure.ProjectTargets;
        if (targets.Forms.Count == 0 || targets.Referrals.Count > 0 || targets.Statement is not { } statement) yield break;
        var projects = targets.Forms.Select(f => TargetChecks.Key(f.Project.Text)).Distinct().Count();
        if (statement.Count is { } count && count.Number.Value != projects)
            yield return Rule.Report($"绩效目标设置情况说编报绩效目标的项目共 {count.Number.Text} 个，但文件所附项目支出绩效目标表共有 {projects} 个项目",
                FindingLocation.At(count.Location), projects, count.Number.Value);
        var totals = targets.Forms.GroupBy(f => TargetChecks.Key(f.Project.Text)).Select(g => g.First().Total).ToList();
        if (statement.Total is not { } total || totals.Any(t => t is null)) yield break;
        var sum = Interval.Sum(totals.Select(t => t!.Number.Interval));
        if (sum.Overlaps(total.Number.Interval)) yield break;
        var decimals = PrintedNumber.MaxDecimals(totals.Select(t => t!.Number).Append(total.Number));
        var value = totals.Sum(t => t!.Number.Value);
        yield return Rule.Report(
            $"绩效目标设置情况说涉及项目预算资金 {total.Number.Text}万元，但各项目绩效目标表年度资金总额合计 {PrintedNumber.Format(value, decimals)}万元（差 {PrintedNumber.Format(Math.Abs(value - total.Number.Value), decimals)}）",
            FindingLocation.At(total.Location), value, total.Number.Value, related: totals.Select(t => FindingLocation.At(t!.Location)).ToList());
    }
}
