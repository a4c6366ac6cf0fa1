using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// A 年初预算 figure of a final-accounts document against its year's budget: a finding when the two differ beyond the
/// rounding of both, placed in the final accounts, with the budget's cell as its related place.
/// </summary>
public static class OpeningDifference
{
    /// <summary>Added to a message when the final accounts' 预算 may be the adjusted (全年) 预算 rather than the 年初预算.</summary>
    public const string AdjustedNote = "（此处预算数可能为调整后的全年预算；如是，差异应在说明中解释）";

    public static Finding? Check(RuleDescriptor rule, string what, PrintedNumber stated, FindingLocation where, Disclosure budget, CellRef figure, Severity? severity = null, string note = "")
    {
        if (figure.Number is not PrintedNumber expected || stated.Interval.Overlaps(expected.Interval)) return null;
        var difference = WorkedAmount.Difference(stated, expected, stated.Decimals);
        return rule.Report(
            $"{what}为 {Ratios.Amount(stated)}；同年度预算文件“{Path.GetFileName(budget.File)}”{figure.Describe()}为 {Ratios.Amount(expected)}（{figure.Location.Source?.Describe()}），相差 {difference} 万元{note}",
            where, WithoutTrailingZeros(expected.Value), stated.Value, severity, new[] { figure.Location });
    }

    /// <summary>A figure converted from 元 (31,214,205.80元 = 3121.420580万元) shown as 3121.42058, as the message does.</summary>
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
