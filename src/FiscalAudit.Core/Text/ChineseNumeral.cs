using System.Globalization;
using System.Text;

namespace FiscalAudit.Core.Text;

/// <summary>Writes a number in Chinese counting as headings and list counters print it: 3 → 三, 11 → 十一, 20 → 二十, 105 → 一百零五.</summary>
public static class ChineseNumeral
{
    /// <summary>The Chinese digits 0–9 (〇 一 … 九), as a year or a Word ideograph-digital counter writes them one by one.</summary>
    public const string Digits = "〇一二三四五六七八九";

    /// <summary>The number in Chinese counting; in Arabic digits outside 1–9999.</summary>
    public static string Of(int value)
    {
        if (value is < 1 or >= 10000) return value.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var rest = value;
        var gap = false;
        foreach (var (size, unit) in new[] { (1000, '千'), (100, '百'), (10, '十') })
        {
            var digit = rest / size;
            rest %= size;
            if (digit == 0)
            {
                gap = text.Length > 0;
                continue;
            }
            if (gap) text.Append('零');
            gap = false;
            if (!(size == 10 && digit == 1 && text.Length == 0)) text.Append(Digits[digit]);
            text.Append(unit);
        }
        if (rest > 0)
        {
            if (gap) text.Append('零');
            text.Append(Digits[rest]);
        }
        return text.ToString();
    }
}
