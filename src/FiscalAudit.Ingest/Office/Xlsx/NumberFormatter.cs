using System.Globalization;
using System.Text;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// Renders a stored number the way Excel displays it under a format code: General, digit placeholders
/// with grouping, scaling commas and percent ("0.00", "#,##0.00", "0%", "0.00%"), literals and
/// currency, positive;negative;zero sections, and dates. Formats it cannot render (fractions,
/// exponents, conditions) fall back to General. Excel rounds half away from zero.
/// </summary>
internal static class NumberFormatter
{
    private const int GeneralWidth = 10;

    public static string Format(decimal value, string code)
    {
        value = RoundSignificant(value, 15);
        var sections = FormatSection.Split(code);
        var section = sections[0];
        var signed = value < 0;
        if (value < 0 && sections.Count >= 2 && sections[1].Length > 0)
        {
            section = sections[1];
            signed = false;
        }
        else if (value == 0 && sections.Count >= 3)
        {
            section = sections[2];
        }
        var tokens = FormatSection.Tokenize(section);
        var text = Render(Math.Abs(value), value, tokens);
        return (signed && text.Any(char.IsAsciiDigit) ? "-" + text : text).Trim();
    }

    /// <summary>Excel's General format: up to about ten significant digits, no trailing zeros.</summary>
    public static string General(decimal value)
    {
        value = RoundSignificant(value, 15);
        var magnitude = Math.Abs(value);
        if (magnitude >= 100_000_000_000m || (magnitude != 0 && magnitude < 0.000_000_001m))
            return ((double)value).ToString("0.#####E+00", CultureInfo.InvariantCulture);
        var integerDigits = Math.Truncate(magnitude).ToString(CultureInfo.InvariantCulture).Length;
        var rounded = Math.Round(value, Math.Max(0, GeneralWidth - integerDigits), MidpointRounding.AwayFromZero);
        return rounded.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static string Render(decimal magnitude, decimal value, List<FormatToken> tokens)
    {
        if (tokens.Any(t => t.Kind == FormatTokenKind.Unsupported)) return General(value);
        if (tokens.Any(t => t.Kind is FormatTokenKind.Date or FormatTokenKind.AmPm) && !tokens.Any(t => t.Kind == FormatTokenKind.Digit))
            return DateFormatter.Format(value, tokens) ?? General(value);
        var first = tokens.FindIndex(t => t.Kind is FormatTokenKind.Digit or FormatTokenKind.General);
        if (first < 0) return Literals(tokens);
        var last = tokens.FindLastIndex(t => t.Kind is FormatTokenKind.Digit or FormatTokenKind.General);
        var middle = tokens.Skip(first).Take(last - first + 1).ToList();
        if (middle.Any(t => t.Kind is FormatTokenKind.Literal or FormatTokenKind.Percent or FormatTokenKind.Date or FormatTokenKind.AmPm)
            || (middle.Count > 1 && middle.Any(t => t.Kind == FormatTokenKind.General)))
            return General(value);
        var percent = tokens.Count(t => t.Kind == FormatTokenKind.Percent);
        for (var i = 0; i < percent; i++) magnitude *= 100;
        var scaling = tokens.Skip(last + 1).TakeWhile(t => t.Kind == FormatTokenKind.Comma).Count();
        for (var i = 0; i < scaling; i++) magnitude /= 1000;
        var number = middle[0].Kind == FormatTokenKind.General ? General(magnitude) : Digits(magnitude, middle);
        return Literals(tokens.Take(first)) + number + Literals(tokens.Skip(last + 1));
    }

    private static string Digits(decimal magnitude, List<FormatToken> pattern)
    {
        var point = pattern.FindIndex(t => t.Kind == FormatTokenKind.Point);
        var integerPart = point < 0 ? pattern : pattern.Take(point).ToList();
        var fractionPart = point < 0 ? new List<FormatToken>() : pattern.Skip(point + 1).Where(t => t.Kind == FormatTokenKind.Digit).ToList();
        var grouping = integerPart.Any(t => t.Kind == FormatTokenKind.Comma);
        var decimals = Math.Min(fractionPart.Count, 20);
        var rounded = Math.Round(magnitude, decimals, MidpointRounding.AwayFromZero);
        var fixedText = rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
        var dot = fixedText.IndexOf('.');
        var integer = dot < 0 ? fixedText : fixedText[..dot];
        var minimum = integerPart.Count(t => t.Text == "0");
        if (integer == "0" && minimum == 0) integer = string.Empty;
        integer = integer.PadLeft(minimum, '0');
        if (grouping) integer = Group(integer);
        var fraction = new StringBuilder(dot < 0 ? string.Empty : fixedText[(dot + 1)..]);
        for (var i = fraction.Length - 1; i >= 0 && fraction[i] == '0' && fractionPart[i].Text != "0"; i--)
        {
            if (fractionPart[i].Text == "#") fraction.Length = i;
            else fraction[i] = ' ';
        }
        return point < 0 ? integer : integer + "." + fraction;
    }

    private static string Group(string digits)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(',');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    private static string Literals(IEnumerable<FormatToken> tokens) =>
        string.Concat(tokens.Where(t => t.Kind is FormatTokenKind.Literal or FormatTokenKind.Percent).Select(t => t.Text));

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0) return value;
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = digits - 1 - magnitude;
        return decimals is >= 0 and <= 28 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : value;
    }
}
