using System.Globalization;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>Formatting of computed amounts for Chinese messages.</summary>
public static class Amounts
{
    /// <summary>A computed amount with <paramref name="decimals"/> places ("192.59").</summary>
    public static string Format(decimal value, int decimals) => PrintedNumber.Format(value, decimals);

    /// <summary>A computed amount with <paramref name="decimals"/> places, shown as the figures it is worked out from print (<see cref="PrintedNumber.FormatLike"/>).</summary>
    public static string Format(decimal value, int decimals, params PrintedNumber[] from) => PrintedNumber.FormatLike(value, decimals, from);

    /// <summary>
    /// An amount a message works out from the printed <paramref name="from"/>, with <paramref name="decimals"/> places: printed like them
    /// in a message built with it (<see cref="WorkedAmount"/>).
    /// </summary>
    public static WorkedAmount Worked(decimal value, int decimals, params PrintedNumber[] from) => new(value, decimals, from);

    /// <summary>
    /// The difference between two compared figures with the decimals of the finer one, trailing zeros past two places dropped: a figure
    /// restated from 元 (2512.1091万元, six places) against one of two places differs by “0.0109”, not “0.010900”; two of two places by “0.01”.
    /// </summary>
    public static string Difference(PrintedNumber a, PrintedNumber b) =>
        PrintedNumber.FormatTrimmed(Math.Abs(a.Value - b.Value), Math.Max(a.Decimals, b.Decimals));

    /// <summary>A rounding tolerance with as many places as it needs ("0.015").</summary>
    public static string Tolerance(decimal value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
