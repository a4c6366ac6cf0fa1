using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds numbers in a sentence of running text: ASCII or full-width digits, thousands separators
/// (“1,468.49”), spaces before the unit (“199.52 万元”), and the unit after the number (amounts in 元 or 亿元 restated in 万元). Years
/// (“2020年”), document numbers (“〔2020〕57号”) and list ordinals carry no unit and are skipped unless
/// a bare number is an amount by its label (“执行数为91.15，”). The units and labels are data: number-units.json. Rates may be spelled in Chinese numerals (“百分之二十”). A hand-written scanner: it runs on every
/// sentence of every document.
/// </summary>
public static class NumberScanner
{
    private static readonly NumberUnits Words = NumberUnits.Default;

    public static IReadOnlyList<NumberMention> Scan(string text)
    {
        var found = new List<NumberMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '百' && ChinesePercent.At(text, i) is var (spelled, spelledEnd) && NumberText.Parse(spelled) is PrintedNumber rate)
            {
                found.Add(new NumberMention(i, spelledEnd, rate, "%"));
                i = spelledEnd;
                continue;
            }
            if (!IsDigit(text[i]) || i > 0 && (IsDigit(text[i - 1]) || text[i - 1] is '.' or '．' || char.IsAsciiLetter(text[i - 1])))
            {
                i++;
                continue;
            }
            var end = NumberEnd(text, i);
            var numText = text[i..end];
            if (SpacedDecimal(text, i, end) is { } spaced) (numText, end) = spaced;
            var afterSpaces = SkipSpaces(text, end);
            var unit = UnitAt(text, afterSpaces);
            var after = unit.Length > 0 ? afterSpaces + unit.Length : afterSpaces;
            var next = end > i ? end : i + 1;
            if (unit.Length == 0 && !IsBareAmount(text, i, after) && SpelledPercentStart(text, i) < 0 || after < text.Length && Words.IsPartOfWord(unit, text[after]))
            {
                i = next;
                continue;
            }
            var spelledAt = unit.Length == 0 ? SpelledPercentStart(text, i) : -1;
            var percent = unit is "%" or "％" || spelledAt >= 0;
            var start = spelledAt >= 0 ? spelledAt : i;
            if (NumberText.Parse(percent ? numText + "%" : numText) is PrintedNumber n)
                found.Add(unit is "元" or "亿元" && MoneyUnits.In(n, unit, LinkedCell.NarrativeUnit) is PrintedNumber money
                    ? new NumberMention(start, after, money, LinkedCell.NarrativeUnit)
                    : new NumberMention(start, after, n, percent ? "%" : unit.Length == 0 ? "万元" : unit));
            i = next;
        }
        return found;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>The end of “1,468.49” / “1468.49” / “１２.５” starting at <paramref name="start"/>.</summary>
    private static int NumberEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsDigit(text[i])) i++;
        if (i - start <= 3)
        {
            var j = i;
            while (j + 3 < text.Length && text[j] == ',' && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3]) && (j + 4 >= text.Length || !IsDigit(text[j + 4]))) j += 4;
            i = j;
        }
        if (i + 1 < text.Length && text[i] is '.' or '．' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsDigit(text[i])) i++;
        }
        return i;
    }

    /// <summary>
    /// “增长5 .2 %”, “下降 3. 5%”: a rate whose decimal point a converter set apart with spaces, one number (its digits, the point and
    /// its decimals, then “%”) after a word; not an ordinal opening a line (“3. 5%以上”) nor two numbers (“2023年 5.2%”).
    /// The digits joined and where the decimals end, or null.
    /// </summary>
    private static (string Number, int End)? SpacedDecimal(string text, int start, int end)
    {
        var before = start;
        while (before > 0 && IsSpace(text[before - 1])) before--;
        if (before == 0 || !char.IsLetter(text[before - 1]) || text.AsSpan(start, end - start).ContainsAny('.', '．')) return null;
        var dot = SkipSpaces(text, end);
        if (dot >= text.Length || text[dot] is not ('.' or '．')) return null;
        var decimals = SkipSpaces(text, dot + 1);
        var decimalsEnd = decimals;
        while (decimalsEnd < text.Length && IsDigit(text[decimalsEnd])) decimalsEnd++;
        var percent = SkipSpaces(text, decimalsEnd);
        if (decimalsEnd == decimals || dot == end && decimals == dot + 1 || percent >= text.Length || text[percent] is not ('%' or '％')) return null;
        return (text[start..end] + "." + text[decimals..decimalsEnd], decimalsEnd);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && IsSpace(text[at])) at++;
        return at;
    }

    private static string UnitAt(string text, int at)
    {
        foreach (var unit in Words.Units)
        {
            if (string.CompareOrdinal(text, at, unit, 0, unit.Length) == 0 && at + unit.Length <= text.Length) return unit;
        }
        return string.Empty;
    }

    private const string SpelledPercentWord = "百分之";

    /// <summary>“增长百分之5.2”, “百分之 5.2”: a rate written with 百分之 before its digits; where 百分之 starts, or -1.</summary>
    private static int SpelledPercentStart(string text, int digits)
    {
        var j = digits;
        while (j > 0 && text[j - 1] is ' ' or '\u3000') j--;
        var at = j - SpelledPercentWord.Length;
        return at >= 0 && string.CompareOrdinal(text, at, SpelledPercentWord, 0, SpelledPercentWord.Length) == 0 ? at : -1;
    }

    /// <summary>“执行数为91.15，”, “年初预算为0，” — an amount printed without its unit, right after an amount label.</summary>
    private static bool IsBareAmount(string text, int start, int end)
    {
        if (end < text.Length && text[end] is not ('，' or ',' or '。' or '；' or ';' or '）' or ')')) return false;
        var head = text.AsSpan(0, start).TrimEnd();
        foreach (var label in Words.BareAmountLabels)
        {
            if (head.EndsWith(label, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
