using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The words that state last year's figure of a quantity: a label that is only “上年（决算数）为” or “比上年预算数”
/// before a number, and “与上年（预算数）持平/一致” after an amount.
/// </summary>
public static partial class PreviousYearWords
{
    [GeneratedRegex(@"^(与|较|比|同)?(上年度?|上一年度?)(同期)?的?(预算执行数|执行数|决算数|预算数|决算|预算)?(相比)?(为|是|：|:)?$")]
    private static partial Regex PreviousLabel();

    [GeneratedRegex(@"(?<=^|[，,；;])\s*(与|较|比|同)(上年度?|上一年度?)(同期)?的?(预算执行数|执行数|决算数|预算数|决算|预算)?(相比|比较)?[，,]?(持平|一致|相同|相等|保持一致|无变化|没有变化)(?=$|[，,；;。（(])")]
    private static partial Regex SameAsPrevious();

    [GeneratedRegex(@"^(上年度?|上一年度?)(同期)?的?(?<name>.+?)(为|是|：|:)?$")]
    private static partial Regex PreviousNamed();

    /// <summary>“支出总计1500万元，上年支出总计1200万元”: <paramref name="raw"/> names last year's figure of the quantity keyed <paramref name="key"/>.</summary>
    public static bool NamesPreviousOf(string raw, string key) =>
        key.Length > 0 && PreviousNamed().Match(raw.Trim()) is { Success: true } m && Core.Model.Facts.QuantityKeys.Normalize(m.Groups["name"].Value) == key;

    /// <summary>True when <paramref name="raw"/>, the words before a number, only say that the number is last year's.</summary>
    public static bool IsPreviousLabel(string raw) => PreviousLabel().IsMatch(raw.Trim());

    /// <summary>“与上年预算数持平” in <paramref name="segment"/> (after an amount, before the next number): where it is, or null.</summary>
    public static Match? FindSame(string segment) => SameAsPrevious().Match(segment) is { Success: true } m ? m : null;

    [GeneratedRegex(@"(?:上一?年度?|(?:19|20)[0-9]{2}\s*年度?)(?:同期)?的?(?<base>预算执行数|预算执行|执行数|决算数|预算数|决算|预算)?(?!.*(?:上一?年|(?:19|20)[0-9]{2}\s*年))")]
    private static partial Regex LastYearNamed();

    /// <summary>
    /// The kind of last year's figure a change compares with — “与上年预算数相比增加” → “预算”, “比2024年预算执行数增加” →
    /// “执行”, “与上年相比，收、支预算总计各增加” → “” —: the words right after the last year named in the change's
    /// label (<paramref name="label"/>, the words before Δ); a quantity named around it does not count.
    /// </summary>
    public static string ChangeBaseOf(string label) =>
        LastYearNamed().Match(label) is { Success: true } m ? BaseOf(m.Groups["base"].Value) : string.Empty;

    /// <summary>The kind of last year's figure the words name: “执行” (预算执行数), “决算”, “预算”, or empty when none.</summary>
    public static string BaseOf(string words) =>
        words.Contains("执行", StringComparison.Ordinal) ? "执行"
        : words.Contains("决算", StringComparison.Ordinal) ? "决算"
        : words.Contains("预算", StringComparison.Ordinal) ? "预算"
        : string.Empty;
}
