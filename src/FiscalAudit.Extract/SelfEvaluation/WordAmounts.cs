using System.Text.RegularExpressions;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>Expressions of a number stated after one of a list of words (“自评得分为99.46分”, “全年执行数：9.73万元”).</summary>
internal static class WordAmounts
{
    /// <summary>A number written with digits, thousands separators and decimals.</summary>
    public const string Number = @"\d[\d,]*(?:\.\d+)?";

    /// <summary>
    /// One of <paramref name="words"/>, optionally 为 and a colon, the number (group v) and <paramref name="unit"/>; the unit is part of
    /// the value when <paramref name="unitInValue"/> (“97.34%”).
    /// </summary>
    public static Regex After(IEnumerable<string> words, string unit, bool unitInValue = false) =>
        new($"(?:{LabelWordsFile.Alternatives(words)})(?:为)?[:：]?" + (unitInValue ? $"(?<v>{Number}{unit})" : $"(?<v>{Number}){unit}"),
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
