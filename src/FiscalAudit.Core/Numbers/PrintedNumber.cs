using System.Globalization;

namespace FiscalAudit.Core.Numbers;

/// <summary>
/// A number as printed in a document: its value, how many decimals were printed, whether it was a
/// percentage, and the original text. "97.34%" stands for any true value in [97.335, 97.345].
/// </summary>
public readonly record struct PrintedNumber(decimal Value, int Decimals, bool IsPercent, string Text)
{
    /// <summary>Half of one unit in the last printed place.</summary>
    public decimal HalfUnit => 0.5m * Unit(Decimals);

    /// <summary>The interval of true values the printed text allows.</summary>
    public Interval Interval => new(Value - HalfUnit, Value + HalfUnit);

    public static decimal Unit(int decimals)
    {
        var u = 1m;
        for (var i = 0; i < decimals; i++) u /= 10m;
        return u;
    }

    /// <summary>Round <paramref name="value"/> the way a document printed with <paramref name="decimals"/> would.</summary>
    public static decimal RoundLike(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Formats a computed value for a Chinese message with the given decimals.</summary>
    public static string Format(decimal value, int decimals) =>
        RoundLike(value, decimals).ToString("F" + decimals, CultureInfo.InvariantCulture);

    public override string ToString() => Text;

}
