using System.Globalization;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>Number helpers for evaluation rules.</summary>
internal static class EvaluationNumbers
{
    /// <summary>
    /// The interval of an amount in 万元. Evaluation tables are exported with the "General" format, which
    /// drops trailing zeros ("62.6" is 62.60, "97" is 97.00), so amounts are read to at least 0.01.
    /// </summary>
    public static Interval Amount(PrintedNumber n) =>
        n.Decimals >= 2 ? n.Interval : new Interval(n.Value - 0.005m, n.Value + 0.005m);

    /// <summary>The execution rate of a funds row as a fraction: 执行数 ÷ 预算数 over their intervals; null when either is missing or the budget is 0.</summary>
    public static Interval? SpentRate(FiscalAudit.Core.Model.Evaluation.FundsRow f) =>
        f.Budget is PrintedNumber b && f.Executed is PrintedNumber e && b.Value > 0 ? Interval.Divide(Amount(e), Amount(b)) : null;

    /// <summary>The execution rate of a funds row as a fraction: spent ÷ budget (<see cref="SpentRate"/>), else the printed rate.</summary>
    public static Interval? FundsRate(FiscalAudit.Core.Model.Evaluation.FundsRow f) =>
        SpentRate(f) ?? (f.PrintedRate is PrintedNumber r ? new Interval(r.Interval.Low / 100m, r.Interval.High / 100m) : null);

    /// <summary>Rounds both ends like the scheme does (0.01, half away from zero).</summary>
    public static Interval Round(Interval i, int decimals) =>
        new(PrintedNumber.RoundLike(i.Low, decimals), PrintedNumber.RoundLike(i.High, decimals));

    /// <summary>"9.73", "90", "43.7" — at most <paramref name="decimals"/> decimals, no trailing zeros.</summary>
    public static string Show(decimal value, int decimals = 2) =>
        PrintedNumber.RoundLike(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with two decimals ("97.30%").</summary>
    public static string Percent(decimal fraction) => PrintedNumber.Format(fraction * 100m, 2) + "%";

    /// <summary>A fraction interval as a percentage: one value when narrow, a range otherwise.</summary>
    public static string Percent(Interval fraction) =>
        fraction.Width < 0.0001m ? Percent(fraction.Mid) : $"{Percent(fraction.Low)}～{Percent(fraction.High)}";
}
