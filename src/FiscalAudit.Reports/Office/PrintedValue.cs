using System.Globalization;

namespace FiscalAudit.Reports.Office;

/// <summary>An expected or actual value of a finding as a reviewer reads it: decimals with their printed decimals and thousands separators.</summary>
internal static class PrintedValue
{
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("N" + Scale(d), CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Digits after the decimal point as printed (1.500 → 3).</summary>
    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
