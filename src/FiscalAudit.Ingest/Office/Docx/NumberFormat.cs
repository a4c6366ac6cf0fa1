using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>A list counter in a Word number format (w:numFmt): 一 十一 二十一, 甲 乙, ①, 1, a, i; decimal for the rest.</summary>
internal static class NumberFormat
{
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";

    public static string Render(int value, NumberFormatValues? format)
    {
        if (format is null || value < 1) return value.ToString(CultureInfo.InvariantCulture);
        var f = format.Value;
        if (f == NumberFormatValues.ChineseCounting || f == NumberFormatValues.ChineseCountingThousand || f == NumberFormatValues.JapaneseCounting
            || f == NumberFormatValues.TaiwaneseCounting || f == NumberFormatValues.TaiwaneseCountingThousand || f == NumberFormatValues.IdeographLegalTraditional)
            return ChineseNumeral.Of(value);
        if (f == NumberFormatValues.IdeographDigital || f == NumberFormatValues.TaiwaneseDigital)
            return string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(d => ChineseNumeral.Digits[d - '0']));
        if (f == NumberFormatValues.IdeographTraditional) return value <= Stems.Length ? Stems[value - 1].ToString() : ChineseNumeral.Of(value);
        if (f == NumberFormatValues.DecimalEnclosedCircle || f == NumberFormatValues.DecimalEnclosedCircleChinese)
            return value <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
        if (f == NumberFormatValues.DecimalFullWidth || f == NumberFormatValues.DecimalFullWidth2)
            return string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(d => (char)('０' + d - '0')));
        if (f == NumberFormatValues.UpperLetter || f == NumberFormatValues.LowerLetter)
        {
            var letter = new string((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1);
            return f == NumberFormatValues.UpperLetter ? letter : letter.ToLowerInvariant();
        }
        if (f == NumberFormatValues.UpperRoman) return Roman(value);
        if (f == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (f == NumberFormatValues.None) return string.Empty;
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var parts = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new System.Text.StringBuilder();
        foreach (var (size, numeral) in parts)
        {
            while (value >= size)
            {
                text.Append(numeral);
                value -= size;
            }
        }
        return text.ToString();
    }
}
