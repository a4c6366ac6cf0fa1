using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// The execution rate of a whole department (FA4019 on a department's indicator tree), from the document's own figures: the
/// 年度资金总额 row of its department-wide self-evaluation table (全年执行数 ÷ 全年预算数, else the printed 执行率), else the
/// 金额合计 row of its task list (执行数 ÷ 预算数) — with where that row stands.
/// </summary>
internal static class DepartmentRates
{
    public static (Interval Rate, FindingLocation At)? Of(EvaluationSet set)
    {
        foreach (var p in set.Projects.Where(p => p.DepartmentWide))
        {
            if (EvaluationNumbers.FundsRate(p.Funds) is Interval rate) return (rate, EvaluationLocations.Funds(p, "执行率", unlabelled: "资金"));
        }
        foreach (var d in set.Departments)
        {
            if (d.TaskTotal is { Budget: PrintedNumber b, Executed: PrintedNumber e } total && b.Value > 0
                && Interval.Divide(EvaluationNumbers.Amount(e), EvaluationNumbers.Amount(b)) is Interval rate)
                return (rate, EvaluationLocations.Department(d, total.Location, "金额合计", "执行数"));
        }
        return null;
    }
}
