using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A rate cell of an evaluation table printed as a fraction (“0.9242”, “0.678571428571429”, “1”: a formula left in a
/// spreadsheet's General format) is the percentage it stands for when 执行数 ÷ 预算数 agrees with the fraction and not with
/// a percentage of that value; the printed text is kept. A fraction needs two decimals (or is exactly 1) to be read so.
/// A rate spelled in Chinese numerals (“百分之九十六”) is read as its digits (<see cref="EvaluationText.Rate"/>).
/// </summary>
internal static class FractionRates
{
    /// <summary>The rate a cell's text prints, given the 预算数 and 执行数 of its row.</summary>
    public static PrintedNumber? Read(string? text, PrintedNumber? budget, PrintedNumber? executed) =>
        Read(EvaluationText.Rate(text), budget, executed);

    private static PrintedNumber? Read(PrintedNumber? rate, PrintedNumber? budget, PrintedNumber? executed)
    {
        if (rate is not PrintedNumber r || r.IsPercent || r.Value is <= 0m or > 1m || r.Decimals < 2 && r.Value != 1m) return rate;
        if (budget is not PrintedNumber b || executed is not PrintedNumber e || b.Value <= 0m) return rate;
        if (Interval.Divide(e.Interval, b.Interval) is not Interval spent || r.Fraction.Overlaps(spent)) return rate;
        var asFraction = r.Decimals >= 2 ? r.Interval : new Interval(r.Value, r.Value);
        return asFraction.Overlaps(spent) ? new PrintedNumber(r.Value * 100m, Math.Max(0, r.Decimals - 2), true, r.Text) : rate;
    }
}
