using System.Globalization;

namespace FiscalAudit.Core.Numbers;

/// <summary>
/// An amount a message works out (a sum, a difference, a previous year's amount) from the printed ones it cites
/// (<paramref name="From"/>): in a message it prints like them (<see cref="PrintedNumber.FormatLike"/>: “17,996.68” beside
/// “21,955.35”); under <see cref="FormerPrinting"/> it prints as messages did before (“17996.68”), the text the former finding id
/// was worked out from.
/// </summary>
public readonly record struct WorkedAmount(decimal Value, int Decimals, IReadOnlyList<PrintedNumber> From) : IFormattable
{
    /// <summary>Formats a message's holes invariantly, and its worked-out amounts as messages printed them before they were grouped.</summary>
    public static IFormatProvider FormerPrinting { get; } = new FormerPrintingProvider();

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        formatProvider is FormerPrintingProvider ? PrintedNumber.Format(Value, Decimals) : PrintedNumber.FormatLike(Value, Decimals, From);

    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    private sealed class FormerPrintingProvider : IFormatProvider
    {
        public object? GetFormat(Type? formatType) => CultureInfo.InvariantCulture.GetFormat(formatType);
    }
}
