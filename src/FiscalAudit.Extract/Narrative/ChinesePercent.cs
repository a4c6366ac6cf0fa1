using System.Text;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A rate written in Chinese numerals after 百分之: “增长百分之二十” (20%), “百分之五点二” (5.2%), “百分之一百” (100%).
/// The percent is given as Arabic digits with its printed decimals (“5.2%”), for <see cref="Core.Numbers.NumberText.Parse"/>.
/// </summary>
internal static class ChinesePercent
{
    private const string Word = "百分之";
    private const string Digits = "零一二三四五六七八九";
    private const string Numerals = Digits + "两十百点";

    /// <summary>A regular-expression fragment matching 百分之 and the numerals after it (read with <see cref="At"/>).</summary>
    public const string Pattern = Word + "[" + Numerals + "]+";

    /// <summary>The rate starting at <paramref name="at"/> (where 百分之 stands) as “20%”, and where it ends; null when none.</summary>
    public static (string Percent, int End)? At(string text, int at)
    {
        if (string.CompareOrdinal(text, at, Word, 0, Word.Length) != 0) return null;
        var start = at + Word.Length;
        var end = start;
        while (end < text.Length && Numerals.Contains(text[end])) end++;
        var spelled = text[start..end];
        var point = spelled.IndexOf('点');
        var whole = Whole(point < 0 ? spelled : spelled[..point]);
        if (whole is null) return null;
        if (point < 0) return ($"{whole}%", end);
        var fraction = spelled[(point + 1)..];
        if (fraction.Length == 0 || fraction.Any(c => Digits.IndexOf(c) < 0)) return null;
        return ($"{whole}.{string.Concat(fraction.Select(c => (char)('0' + Digits.IndexOf(c))))}%", end);
    }

    /// <summary>Rates spelled after 百分之 as digits (“不低于百分之九十” → “不低于90%”); the text itself when it spells none.</summary>
    public static string AsDigits(string text)
    {
        var at = text.IndexOf(Word, StringComparison.Ordinal);
        if (at < 0) return text;
        var written = new StringBuilder();
        var from = 0;
        for (; at >= 0; at = text.IndexOf(Word, from, StringComparison.Ordinal))
        {
            if (At(text, at) is not var (percent, end))
            {
                written.Append(text, from, at + 1 - from);
                from = at + 1;
                continue;
            }
            written.Append(text, from, at - from).Append(percent);
            from = end;
        }
        return written.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>“二十” → 20, “零” → 0, “一百” → 100, “一百二十” → 120, “一百零五” → 105; null when not a whole number below 1000.</summary>
    private static int? Whole(string spelled)
    {
        var hundred = spelled.IndexOf('百');
        if (hundred < 0) return spelled switch { "" => null, "零" => 0, _ => OutlineHeadings.Value(spelled) };
        var hundreds = hundred == 0 ? 1 : Digit(spelled[..hundred]);
        var rest = spelled[(hundred + 1)..].TrimStart('零');
        if (hundreds is null or 0) return null;
        if (rest.Length == 0) return hundreds * 100;
        // “一百二” is 120, “一百零二” 102: a lone digit right after 百 counts tens.
        var tens = rest.Length == 1 && spelled[hundred + 1] != '零' ? Digit(rest) * 10 : OutlineHeadings.Value(rest);
        return tens is null ? null : hundreds * 100 + tens;
    }

    private static int? Digit(string spelled) =>
        spelled.Length == 1 && (spelled == "两" ? 2 : Digits.IndexOf(spelled[0])) is var d and >= 0 ? d : null;
}
