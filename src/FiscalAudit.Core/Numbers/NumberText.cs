using System.Globalization;
using System.Text;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Core.Numbers;

/// <summary>
/// Parses numbers as printed in Chinese fiscal documents: "1,234.56", "1234.56", full-width digits,
/// "－12.5", "△12.5", "（12.5）", "12.6%", "100%%" (flagged elsewhere). Blank, "—", "-", "/" and "无" are
/// not numbers (and never zero). Which marks are blanks, dashes, minus signs and negative brackets is number-marks.json's.
/// </summary>
public static class NumberText
{
    /// <summary>
    /// The stated zero of an amount cell printed as a dash (“-”, “—”, “--”, “－”): exactly 0, distinguishable from a
    /// blank cell by its text; null for any other text.
    /// </summary>
    public static PrintedNumber? StatedNone(string? text) =>
        text is not null && NumberMarks.Dashes.Contains(text.Trim().Replace(" ", string.Empty)) ? new PrintedNumber(0m, 0, false, text.Trim()) { Exact = true } : null;

    /// <summary>Folds full-width digits and punctuation to ASCII, every minus sign (number-marks.json) to “-”, and removes inner spaces.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch switch
            {
                _ when NumberMarks.MinusSigns.Contains(ch) => '-',
                '．' => '.',
                '，' => ',',
                '＋' => '+',
                '（' => '(',
                '）' => ')',
                '\u00A0' or '\u3000' or ' ' or '\t' => '\0',
                _ => FoldWidth(ch),
            };
            if (c != '\0') sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A full-width digit (０–９) or ％ as its ASCII character; any other character as it is.</summary>
    public static char FoldWidth(char ch) => ch switch
    {
        >= '０' and <= '９' => (char)('0' + (ch - '０')),
        '％' => '%',
        _ => ch,
    };

    /// <summary>True when the text is empty or one of the marks that mean "nothing printed" in an amount cell (number-marks.json).</summary>
    public static bool IsBlank(string? text)
    {
        var t = text?.Trim().Replace(" ", string.Empty);
        return string.IsNullOrEmpty(t) || NumberMarks.InAmounts.Contains(t);
    }

    /// <summary>Parses a whole cell; null when it is blank or not a number.</summary>
    public static PrintedNumber? Parse(string? text)
    {
        if (text is null || IsBlank(text)) return null;
        var s = Normalize(text);
        var percent = false;
        while (s.EndsWith('%'))
        {
            percent = true;
            s = s[..^1];
        }
        var negative = false;
        if (s.Length > 2 && NumberMarks.NegativeBrackets.Any(b => s[0] == b.Open && s[^1] == b.Close))
        {
            negative = true;
            s = s[1..^1];
        }
        if (s.StartsWith('-'))
        {
            negative = !negative;
            s = s[1..];
        }
        else if (s.StartsWith('+'))
        {
            s = s[1..];
        }
        if (s.Length == 0 || !IsPlainNumber(s) || !WithinPrintedRange(s)) return null;
        var digits = s.Replace(",", string.Empty);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        var dot = digits.IndexOf('.');
        var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        return new PrintedNumber(negative ? -value : value, decimals, percent, text.Trim());
    }

    /// <summary>
    /// Fiscal documents print at most trillions and a few decimals; longer digit runs (a garbled cell, an
    /// identifier) are not amounts, and keeping them out keeps every later sum inside decimal's range.
    /// </summary>
    private static bool WithinPrintedRange(string s)
    {
        var dot = s.IndexOf('.');
        var integerDigits = (dot < 0 ? s : s[..dot]).Count(char.IsAsciiDigit);
        var fractionDigits = dot < 0 ? 0 : s.Length - dot - 1;
        return integerDigits <= MaxIntegerDigits && fractionDigits <= MaxFractionDigits;
    }

    private const int MaxIntegerDigits = 15;

    private const int MaxFractionDigits = 10;

    /// <summary>Digits with optional thousands separators (groups of three) and one decimal point.</summary>
    private static bool IsPlainNumber(string s)
    {
        var dot = s.IndexOf('.');
        if (dot != s.LastIndexOf('.')) return false;
        var intPart = dot < 0 ? s : s[..dot];
        var fracPart = dot < 0 ? string.Empty : s[(dot + 1)..];
        if (intPart.Length == 0 && fracPart.Length == 0) return false;
        if (!fracPart.All(char.IsAsciiDigit)) return false;
        if (!intPart.Contains(',')) return intPart.All(char.IsAsciiDigit);
        var groups = intPart.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups[0].All(char.IsAsciiDigit)
            && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
    }
}
