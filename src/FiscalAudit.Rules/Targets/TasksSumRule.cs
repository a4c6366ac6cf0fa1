using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Targets;

/// <summary>FA6610: the 预算金额 of a 部门整体支出绩效目标表's 年度主要任务 add up to their 合计.</summary>
public sealed class TasksSumRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6610", "部门整体支出绩效目标表年度主要任务金额之和与合计不符", Severity.Error, RuleCategories.ProjectTargets,
        "部门整体目标表各项任务金额之和是否等于合计。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var form in disclosure.ProjectTargets.DepartmentForms)
        {
            if (form.TasksTotal is not { } total || form.Tasks.Count < 2 || form.Tasks.Any(t => t.Amount is null)) continue;
            var amounts = form.Tasks.Select(t => t.Amount!.Number).ToList();
            if (Interval.Sum(amounts.Select(a => a.Interval)).Overlaps(total.Number.Interval)) continue;
            var decimals = PrintedNumber.MaxDecimals(amounts.Append(total.Number));
            var sum = amounts.Sum(a => a.Value);
            yield return Rule.Report(
                $"{form.Subject}的年度主要任务预算金额合计为 {total.Number.Text}万元，但{form.Tasks.Count}项任务之和为 {PrintedNumber.Format(sum, decimals)}万元（{string.Join("＋", amounts.Select(a => a.Text))}，差 {PrintedNumber.Format(Math.Abs(total.Number.Value - sum), decimals)}）",
                FindingLocation.At(total.Location), sum, total.Number.Value, related: form.Tasks.Select(t => FindingLocation.At(t.Amount!.Location)).ToList());
        }
    }
}
