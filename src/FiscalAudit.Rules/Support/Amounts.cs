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

    /// <summary>A rounding tolerance with as many places as it needs ("0.015").</summary>
    public static string Tolerance(decimal value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
