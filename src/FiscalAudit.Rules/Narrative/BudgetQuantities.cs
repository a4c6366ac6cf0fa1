using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Names of budget amounts for matching: in a budget every amount is a 预算数, so “基本支出预算数”, “基本支出预算”
/// and “基本支出” are one quantity; the fund names 一般公共预算 / 政府性基金预算 / 国有资本经营预算 keep their word.
/// The words are data: Templates/budget-quantities.json.
/// </summary>
public static class BudgetQuantities
{
    private static readonly Vocabulary Words = EmbeddedJson.Load<Vocabulary>("budget-quantities.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    private static readonly Regex FundNames = Alternatives(Words.FundNames);

    private static readonly Regex BudgetWord = Alternatives(Words.BudgetWords);

    /// <summary>“一般公共预算收入预算” → “一般公共预算收入”; “支出预算总计” → “支出总计”.</summary>
    public static string Key(string key)
    {
        var funds = FundNames.Matches(key);
        if (funds.Count == 0) return BudgetWord.Replace(key, string.Empty);
        var result = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in funds)
        {
            result.Append(BudgetWord.Replace(key[at..m.Index], string.Empty)).Append(m.Value);
            at = m.Index + m.Length;
        }
        return result.Append(BudgetWord.Replace(key[at..], string.Empty)).ToString();
    }

    /// <summary>The key without the fund names (so that “一般公共预算收入” is not taken for a 预算 comparison).</summary>
    public static string WithoutFunds(string key) => FundNames.Replace(key, string.Empty);

    /// <summary>“江苏省人大常委会办公厅本年支出预算合计”: the document's 收入/支出 total.</summary>
    public static bool IsTotal(string key) => Words.TotalEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// “检察（款）：2018年预算支出合计16,444.36万元”: an amount of one 功能分类 line, whose name stands before the
    /// colon and is not in the label; such statements are compared with the tables, not with each other.
    /// </summary>
    public static bool OfClassification(string sentence) => Words.LevelMarks.Any(m => sentence.Contains(m, StringComparison.Ordinal));

    /// <summary>Longest first, so that “预算数” is matched before “预算”.</summary>
    private static Regex Alternatives(IEnumerable<string> words) =>
        new(string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)), RegexOptions.Compiled);

    private sealed class Vocabulary
    {
        public List<string> FundNames { get; init; } = new();

        public List<string> BudgetWords { get; init; } = new();

        public List<string> TotalEndings { get; init; } = new();

        public List<string> LevelMarks { get; init; } = new();
    }
}
