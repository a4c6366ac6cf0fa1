using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4004: the table's 执行率 equals 全年执行数 ÷ 全年预算数 within the rounding of all three (rates taken from a summary are FA3004's).</summary>
public sealed class ExecutionRateRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4004", "执行率计算错误", Severity.Error, RuleCategories.SelfEvaluation,
        "印刷的执行率不等于全年执行数 ÷ 全年预算数（已考虑舍入）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var f = p.Funds;
        if (f.FromSummary) yield break;
        if (f.PrintedRate is not PrintedNumber printed || f.Budget is not PrintedNumber b || f.Executed is not PrintedNumber e) yield break;
        if (Interval.Divide(EvaluationNumbers.Amount(e), EvaluationNumbers.Amount(b)) is not Interval rate) yield break;
        if (printed.Fraction.Overlaps(rate)) yield break;
        var expected = PrintedNumber.PercentLike(e, b, printed);
        yield return Rule.Report(
            $"执行率 {printed.Text} ≠ 全年执行数 {e.Text} ÷ 全年预算数 {b.Text} = {PrintedNumber.Format(expected, printed.Decimals)}%（差 {PrintedNumber.Format(printed.Value - expected, printed.Decimals)} 个百分点）",
            EvaluationLocations.Funds(p, "年度资金总额", "执行率"), expected, printed.Value);
    }
}
