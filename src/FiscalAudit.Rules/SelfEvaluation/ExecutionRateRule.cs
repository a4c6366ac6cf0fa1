using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4004: the table's 执行率 equals 全年执行数 ÷ 全年预算数 within the rounding of all three (rates taken from a summary are FA3004's,
/// but for a rate the summary prints as a fraction without “%”, which FA3004 does not read).
/// </summary>
public sealed class ExecutionRateRule : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4004", "执行率计算错误", Severity.Error, RuleCategories.SelfEvaluation,
        "执行率是否等于全年执行数除以全年预算数。");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>The largest rate without “%” that may be a fraction (“0.9600”, “1”, “1.05”: a spreadsheet's General format).</summary>
    private const decimal LargestFraction = 2m;

    /// <summary>
    /// The printed rate in percent as it is compared in the message: a rate without “%” up to <see cref="LargestFraction"/> that
    /// stands nearer to the true rate read as a fraction (“0.9600” for 95%) is that percentage (96.00), noted after it (“（即 96.00%）”);
    /// a rate printed in per mille is noted as its percentage too (“95.00‰（即 9.500%）”).
    /// </summary>
    private static (PrintedNumber Rate, string Note) AsPrinted(PrintedNumber printed, PrintedNumber executed, PrintedNumber budget)
    {
        if (printed.IsPercent) return (printed, printed.Text.EndsWith('‰') ? $"（即 {PrintedNumber.Format(printed.Value, printed.Decimals)}%）" : string.Empty);
        if (printed.Value is <= 0m or > LargestFraction) return (printed, string.Empty);
        var actual = executed.Value / budget.Value * 100m;
        var percent = printed.Value * 100m;
        if (Math.Abs(percent - actual) >= Math.Abs(printed.Value - actual)) return (printed, string.Empty);
        var decimals = Math.Max(0, printed.Decimals - 2);
        var text = PrintedNumber.Format(percent, decimals);
        return (new PrintedNumber(percent, decimals, true, text + "%"), $"（即 {text}%）");
    }

    protected override IEnumerable<Finding> Check(ProjectEvaluation p, ScoringScheme scheme, Disclosure disclosure)
    {
        var f = p.Funds;
        if (f.FromSummary && !f.RateAsFraction) yield break;
        if (f.PrintedRate is not PrintedNumber printed || f.Budget is not PrintedNumber b || f.Executed is not PrintedNumber e) yield break;
        if (Interval.Divide(EvaluationNumbers.Amount(e), EvaluationNumbers.Amount(b)) is not Interval rate) yield break;
        if (printed.Fraction.Overlaps(rate)) yield break;
        var shown = AsPrinted(printed, e, b);
        var expected = PrintedNumber.PercentLike(e, b, shown.Rate);
        yield return Rule.Report(
            $"执行率 {printed.Text}{shown.Note} ≠ 全年执行数 {e.Text} ÷ 全年预算数 {b.Text} = {PrintedNumber.Format(expected, shown.Rate.Decimals)}%（差 {PrintedNumber.Format(shown.Rate.Value - expected, shown.Rate.Decimals)} 个百分点）",
            EvaluationLocations.Funds(p, "执行率"), expected, shown.Rate.Value);
    }
}
