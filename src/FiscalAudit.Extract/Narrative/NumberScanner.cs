using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds numbers in a sentence of running text: ASCII or full-width digits, thousands separators
/// (“1,468.49”), spaces before the unit (“199.52 万元”), and the unit after the number. Years
/// (“2020年”), document numbers (“〔2020〕57号”) and list ordinals carry no unit and are skipped unless
/// <paramref name="bareAmountLabels"/> says a bare number is an amount (“执行数为91.15，”).
/// </summary>
public static partial class NumberScanner
{
    [GeneratedRegex(@"(?<![0-9０-９.．A-Za-z])(?<num>[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)(?<sp>[ \u3000\u00A0]*)(?<unit>万元|亿元|元|[%％]|人次|批次|个|辆|人|次|台（套）|台|家|项|分)?")]
    private static partial Regex Number();

    public static IReadOnlyList<NumberMention> Scan(string text)
    {
        var found = new List<NumberMention>();
        foreach (Match m in Number().Matches(text))
        {
            var numText = m.Groups["num"].Value;
            var unit = m.Groups["unit"].Value;
            var after = m.Index + m.Length;
            if (unit.Length == 0 && !IsBareAmount(text, m.Index, after)) continue;
            if (unit is "个" or "人" or "次" && after < text.Length && text[after] is '月' or '工' or '百') continue;
            var percent = unit is "%" or "％";
            var parsed = NumberText.Parse(percent ? numText + "%" : numText);
            if (parsed is not PrintedNumber n) continue;
            found.Add(new NumberMention(m.Index, after, n, percent ? "%" : unit.Length == 0 ? "万元" : unit));
        }
        return found;
    }

    /// <summary>“执行数为91.15，” — an amount printed without its unit, right after an amount label.</summary>
    private static bool IsBareAmount(string text, int start, int end)
    {
        if (end < text.Length && text[end] is not ('，' or ',' or '。' or '；' or ';')) return false;
        var head = text[..start].TrimEnd();
        return head.EndsWith("执行数为", StringComparison.Ordinal) || head.EndsWith("执行数", StringComparison.Ordinal)
            || head.EndsWith("决算数为", StringComparison.Ordinal) || head.EndsWith("预算数为", StringComparison.Ordinal);
    }
}
