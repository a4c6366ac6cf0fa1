using System.Globalization;

namespace FiscalAudit.Core.Numbers;

/// <summary>
/// A number as printed in a document: its value, how many decimals were printed, whether it was a
/// percentage, and the original text. "97.34%" stands for any true value in [97.335, 97.345].
/// </summary>
public readonly record struct PrintedNumber(decimal Value, int Decimals, bool IsPercent, string Text)
{
    /// <summary>
    /// When the document printed this amount in another unit and it was converted for comparison
    /// (“123456.78元” read as 12.345678 万元): the text as printed, with its unit; null otherwise.
    /// <see cref="Text"/> then holds the converted value, so messages print what was compared.
    /// </summary>
    public string? ConvertedFrom { get; init; }

    /// <summary>
    /// True for an amount a spreadsheet printed in its General format, which drops trailing zeros (62.10 shows as “62.1”, 44.00 as
    /// “44”): <see cref="Decimals"/> are those of its table's other amounts, <see cref="Text"/> what the cell shows.
    /// </summary>
    public bool TrailingZerosDropped { get; init; }

    /// <summary>A value stated without rounding: a dash printed for none (<see cref="NumberText.StatedNone"/>) is exactly 0.</summary>
    public bool Exact { get; init; }

    /// <summary>
    /// For a figure worked out from printed ones (年初预算 ＋ 年中追加): half the width of the values they allow together, the sum
    /// of theirs; null for a figure printed.
    /// </summary>
    public decimal? WorkedOutHalfWidth { get; init; }

    /// <summary>Half of one unit in the last printed place (0 for an exact value), or the half width of a figure worked out.</summary>
    public decimal HalfUnit => Exact ? 0m : WorkedOutHalfWidth ?? 0.5m * Unit(Decimals);

    /// <summary>The interval of true values the printed text allows.</summary>
    public Interval Interval => new(Value - HalfUnit, Value + HalfUnit);

    /// <summary>A printed percentage as a fraction interval: “97.34%” → [0.97335, 0.97345].</summary>
    public Interval Fraction => new(Interval.Low / 100m, Interval.High / 100m);

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

    /// <summary>
    /// Formats a value worked out from <paramref name="from"/> with <paramref name="decimals"/> decimals, shown the way they print:
    /// with thousands separators when any of them prints them (“2,042,900.00” beside “1,925,800.00”, in full-width digits too),
    /// without trailing zeros when they were printed in a spreadsheet's General format (“162”, “4.5”; <see cref="TrailingZerosDropped"/>).
    /// </summary>
    public static string FormatLike(decimal value, int decimals, IEnumerable<PrintedNumber> from)
    {
        var printed = from.ToList();
        var text = printed.Any(Grouped)
            ? RoundLike(value, decimals).ToString("N" + decimals, CultureInfo.InvariantCulture)
            : Format(value, decimals);
        return printed.Any(n => n.TrailingZerosDropped) && text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>A figure in its printed unit, grouped as printed (<see cref="PrintedGrouped"/>), so worked values show like it.</summary>
    private static bool Grouped(PrintedNumber n) => n.ConvertedFrom is null && n.PrintedGrouped;

    /// <summary>
    /// True when the number was printed with thousands separators (“1,925,800.00”, “１,９２５,８００.００”, “306,700.00元” restated
    /// in 万元: <see cref="ConvertedFrom"/> is what was printed then).
    /// </summary>
    public bool PrintedGrouped => NumberText.Normalize(ConvertedFrom ?? Text ?? string.Empty).Contains(',');

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> can be two printings of one quantity. Rounding to
    /// fixed decimals is deterministic, so with the same decimals one true value prints the same digits; with
    /// different decimals the intervals must overlap.
    /// </summary>
    public static bool SameQuantity(PrintedNumber a, PrintedNumber b) =>
        OnOneGrid(a, b) ? a.Value == b.Value : a.Interval.Overlaps(b.Interval);

    /// <summary>
    /// True when a part printed as <paramref name="part"/> can belong to a whole printed as <paramref name="whole"/>.
    /// Rounding is monotone, so with the same decimals a true part ≤ whole always prints part ≤ whole.
    /// </summary>
    public static bool AtMost(PrintedNumber part, PrintedNumber whole) =>
        OnOneGrid(part, whole) ? part.Value <= whole.Value : part.Interval.Low <= whole.Interval.High;

    /// <summary>
    /// True when both numbers were rounded to the same grid: the same decimals and the same rounding width (a figure restated from
    /// a coarser unit, 1.23亿元 as 12300万元 ± 50, or worked out from several, has a wider one than its decimals say).
    /// </summary>
    private static bool OnOneGrid(PrintedNumber a, PrintedNumber b) => a.Decimals == b.Decimals && a.HalfUnit == b.HalfUnit;

    /// <summary>The larger of the printed decimals (2 when there are none), for formatting computed values next to them.</summary>
    public static int MaxDecimals(IEnumerable<PrintedNumber> numbers) => numbers.Select(n => n.Decimals).DefaultIfEmpty(2).Max();

    /// <summary>
    /// <paramref name="part"/> ÷ <paramref name="whole"/> of the printed values in percent, rounded like
    /// <paramref name="like"/> (the rate the document printed): the figure that rate should read.
    /// </summary>
    public static decimal PercentLike(PrintedNumber part, PrintedNumber whole, PrintedNumber like) =>
        RoundLike(part.Value / whole.Value * 100m, like.Decimals);

    /// <summary>
    /// The amount <paramref name="printed"/> (in a unit <paramref name="factor"/> times smaller, e.g. 元 for
    /// 万元 with 0.0001) restated in the larger unit with the same precision: 12345.60元 → 1.234560, shown
    /// as “1.23456”; <see cref="ConvertedFrom"/> keeps “12345.60元”.
    /// </summary>
    public static PrintedNumber Converted(PrintedNumber printed, string printedUnit, decimal factor, int extraDecimals)
    {
        var value = printed.Value * factor;
        var decimals = printed.Decimals + extraDecimals;
        return new PrintedNumber(value, decimals, printed.IsPercent, FormatTrimmed(value, decimals)) { ConvertedFrom = printed.Text + printedUnit };
    }

    /// <summary>
    /// <paramref name="a"/> plus <paramref name="b"/> times <paramref name="sign"/> (+1 or −1): a figure worked out from two printed
    /// ones, shown with the larger of their decimals, allowing every value their intervals allow together.
    /// </summary>
    public static PrintedNumber Add(PrintedNumber a, PrintedNumber b, int sign)
    {
        var value = a.Value + sign * b.Value;
        var decimals = Math.Max(a.Decimals, b.Decimals);
        return new PrintedNumber(value, decimals, false, Format(value, decimals)) { WorkedOutHalfWidth = a.HalfUnit + b.HalfUnit };
    }

    /// <summary>
    /// The amount <paramref name="printed"/> (in a unit <paramref name="factor"/> times larger, e.g. 亿元 for 万元 with 10000) restated
    /// in the smaller unit: 1.23亿元 → 12300, allowing the larger unit's rounding (± 50万元); <see cref="ConvertedFrom"/> keeps “1.23亿元”.
    /// </summary>
    public static PrintedNumber Enlarged(PrintedNumber printed, string printedUnit, decimal factor)
    {
        var value = printed.Value * factor;
        var decimals = Math.Max(0, printed.Decimals - MoneyUnits.ExtraDecimals(1m / factor));
        return new PrintedNumber(value, decimals, printed.IsPercent, FormatTrimmed(value, decimals))
        {
            ConvertedFrom = printed.Text + printedUnit,
            WorkedOutHalfWidth = printed.HalfUnit * factor,
        };
    }

    /// <summary>An amount printed in 元 restated in 万元 with the same precision (12345.60元 = 1.234560万元).</summary>
    public static PrintedNumber YuanInTenThousands(PrintedNumber yuan) => Converted(yuan, "元", 0.0001m, 4);

    /// <summary>Formats <paramref name="value"/> with <paramref name="decimals"/> decimals, dropping trailing zeros beyond two (“1.23456”, “90.00”).</summary>
    public static string FormatTrimmed(decimal value, int decimals) => TrimZeros(Format(value, Math.Max(decimals, 2)));

    /// <summary>A formatted amount without its trailing zeros past two places (“0.010900” → “0.0109”, “1.00” stays).</summary>
    public static string TrimZeros(string text)
    {
        if (!text.Contains('.')) return text;
        var minimum = text.IndexOf('.') + 3;
        while (text.Length > minimum && text[^1] == '0') text = text[..^1];
        return text;
    }

    public override string ToString() => Text;

}
