using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// Safe corrections of a recognised word that is otherwise a number: full-width digits and separators folded as printed numbers
/// are (<see cref="NumberText.Normalize"/>), characters read in place of digits (the letter O), and the separators of an amount with two decimals, whose
/// comma or point before the last two digits can only be the decimal point (a thousands separator is followed by three
/// digits) and whose other separators can only separate thousands; stray marks at its ends (<see cref="NumberCorrections.Strays"/>) are
/// dropped. No digit is ever added or guessed; the one digit dropped is a percent sign's upper circle read as a 9 (“11.16%”
/// read “11.169%”), known by the decimals no printed percentage has (<see cref="NumberCorrections.PercentDecimals"/>).
/// </summary>
public static class OcrNumbers
{
    public static string Correct(string recognised, NumberCorrections corrections)
    {
        if (!recognised.Any(char.IsDigit)) return recognised;
        var word = NumberText.Normalize(recognised.Trim(corrections.Strays.ToCharArray()));
        if (word.Length == 0) return recognised;
        var mapped = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i].ToString();
            if (char.IsAsciiDigit(word[i]) || c is "," or ".") mapped.Append(c);
            else if (corrections.Digits.TryGetValue(c, out var digit)) mapped.Append(digit);
            else if ((i == 0 && corrections.Signs.Contains(word[i])) || (i == word.Length - 1 && corrections.Percent.Contains(word[i]))) mapped.Append(c);
            else return recognised;
        }
        return PercentSign(TwoDecimals(mapped.ToString()), corrections);
    }

    /// <summary>“11.169%” → “11.16%”: a percentage with more decimals than printed ones have, ending in the misread percent sign; anything else unchanged.</summary>
    private static string PercentSign(string number, NumberCorrections corrections)
    {
        var misread = corrections.PercentMisread;
        var point = number.LastIndexOf('.');
        if (misread.Length == 0 || point < 0 || !number.EndsWith(misread, StringComparison.Ordinal)) return number;
        var decimals = number[(point + 1)..^1];
        return decimals.Length > corrections.PercentDecimals && decimals.All(char.IsAsciiDigit) ? number[..^misread.Length] + number[^1..] : number;
    }

    /// <summary>“1.234.56”, “1,234,56”, “123,45” → “1,234.56”, “1,234.56”, “123.45”; anything else unchanged.</summary>
    private static string TwoDecimals(string number)
    {
        var start = number.Length > 0 && !char.IsAsciiDigit(number[0]) ? 1 : 0;
        if (number.Length == start || !char.IsAsciiDigit(number[^1])) return number;
        var groups = number[start..].Split(',', '.');
        if (groups.Length < 2 || groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)) || groups[^1].Length != 2) return number;
        var thousands = groups.Length == 2 || (groups[0].Length <= 3 && groups[1..^1].All(g => g.Length == 3));
        return thousands ? number[..start] + string.Join(',', groups[..^1]) + "." + groups[^1] : number;
    }
}
