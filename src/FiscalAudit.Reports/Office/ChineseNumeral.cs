namespace FiscalAudit.Reports.Office;

/// <summary>Writes 1–99 as a Chinese numeral for headings: 3 → 三, 11 → 十一, 20 → 二十, 42 → 四十二.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "一二三四五六七八九";

    public static string Of(int n)
    {
        if (n is < 1 or > 99) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tens = n / 10;
        var units = n % 10;
        var head = tens switch { 0 => string.Empty, 1 => "十", _ => Digits[tens - 1] + "十" };
        return units == 0 ? head : head + Digits[units - 1];
    }
}
