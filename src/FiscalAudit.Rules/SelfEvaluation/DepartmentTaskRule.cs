using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4506: each task's 完成情况 = 执行数 ÷ 预算数, and the tasks add up to the 金额合计 row.</summary>
public sealed class DepartmentTaskRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4506", "任务执行率或金额合计错误", Severity.Error, RuleCategories.DepartmentEvaluation,
        "任务完成率和各任务金额合计是否计算正确。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var t in d.Tasks)
        {
            if (t.PrintedRate is not PrintedNumber rate || t.Budget is not PrintedNumber b || t.Executed is not PrintedNumber e) continue;
            if (Interval.Divide(EvaluationNumbers.Amount(e), EvaluationNumbers.Amount(b)) is not Interval computed || rate.Fraction.Overlaps(computed)) continue;
            var expected = PrintedNumber.PercentLike(e, b, rate);
            yield return Rule.Report($"任务“{t.Name}”完成情况 {rate.Text} ≠ 执行数 {e.Text} ÷ 预算数 {b.Text} = {PrintedNumber.Format(expected, rate.Decimals)}%",
                EvaluationLocations.Department(d, t.Location, t.Name, "完成情况"), expected, rate.Value);
        }
        if (d.TaskTotal is not EvaluationTask total) yield break;
        foreach (var (name, pick) in new (string, Func<EvaluationTask, PrintedNumber?>)[] { ("预算数", t => t.Budget), ("执行数", t => t.Executed) })
        {
            if (pick(total) is not PrintedNumber printed || d.Tasks.Any(t => pick(t) is null)) continue;
            var sum = Interval.Sum(d.Tasks.Select(t => EvaluationNumbers.Amount(pick(t)!.Value)));
            if (!EvaluationNumbers.Amount(printed).Overlaps(sum))
                yield return Rule.Report($"金额合计{name} {printed.Text} ≠ 各任务之和 {EvaluationNumbers.Show(sum.Mid)}（差 {EvaluationNumbers.Show(printed.Value - sum.Mid)}）",
                    EvaluationLocations.Department(d, total.Location, "金额合计", name), sum.Mid, printed.Value);
        }
    }
}
