using System.Globalization;

namespace FiscalAudit.Core.Numbers;

/// <summary>
/// An amount a message works out (a sum, a difference, a previous year's amount) from the printed ones it cites
/// (<paramref name="From"/>): in a message it prints like them (<see cref="PrintedNumber.FormatLike"/>: “17,996.68” beside
/// “21,955.35”); under <see cref="FormerPrinting"/> it prints as messages did before (“17996.68”), the text the former finding id
/// was worked out from. A difference of figures of unlike precision (<see cref="Difference"/>) prints with the finer one's decimals,
/// trailing zeros past two places dropped, where messages printed it with the stated figure's decimals before.
/// </summary>
public readonly record struct WorkedAmount(decimal Value, int Decimals, IReadOnlyList<PrintedNumber> From) : IFormattable
{
    /// <summary>Formats a message's holes invariantly, and its worked-out amounts as messages printed them before they were grouped.</summary>
    public static IFormatProvider FormerPrinting { get; } = new FormerPrintingProvider();

    /// <summary>The decimals messages printed this amount with before it was grouped, when they differ from <see cref="Decimals"/>.</summary>
    public int? FormerDecimals { get; init; }

    /// <summary>True when trailing zeros past two places are dropped (“0.0109”, never “0.010900”).</summary>
    public bool TrimsZeros { get; init; }

    /// <summary>
    /// |<paramref name="a"/> − <paramref name="b"/>| with the decimals of the finer figure, trailing zeros past two places dropped: a figure
    /// restated from 元 (2512.1091万元) against one of two places differs by “1.0009”, not “1.00” or “1.000900”; printed before with
    /// <paramref name="formerDecimals"/> places.
    /// </summary>
    public static WorkedAmount Difference(PrintedNumber a, PrintedNumber b, int formerDecimals) =>
        new(Math.Abs(a.Value - b.Value), Math.Max(a.Decimals, b.Decimals), [a, b]) { FormerDecimals = formerDecimals, TrimsZeros = true };

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        formatProvider is FormerPrintingProvider ? PrintedNumber.Format(Value, FormerDecimals ?? Decimals) : Current;

    private string Current => TrimsZeros ? PrintedNumber.TrimZeros(PrintedNumber.FormatLike(Value, Decimals, From)) : PrintedNumber.FormatLike(Value, Decimals, From);

    private sealed class FormerPrintingProvider : IFormatProvider
    {
        public object? GetFormat(Type? formatType) => CultureInfo.InvariantCulture.GetFormat(formatType);
    }
}
