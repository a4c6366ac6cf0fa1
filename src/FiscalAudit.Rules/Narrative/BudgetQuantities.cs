using System.Text.RegularExpressions;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Names of budget amounts for matching: in a budget every amount is a 预算数, so “基本支出预算数”, “基本支出预算”
/// and “基本支出” are one quantity; the fund names 一般公共预算 / 政府性基金预算 / 国有资本经营预算 keep their word.
/// </summary>
public static partial class BudgetQuantities
{
    [GeneratedRegex(@"一般公共预算|政府性基金预算|国有资本经营预算")]
    private static partial Regex FundNames();

    [GeneratedRegex(@"预算数|预算")]
    private static partial Regex BudgetWord();

    /// <summary>“一般公共预算收入预算” → “一般公共预算收入”; “支出预算总计” → “支出总计”.</summary>
    public static string Key(string key)
    {
        var funds = FundNames().Matches(key);
        if (funds.Count == 0) return BudgetWord().Replace(key, string.Empty);
        var result = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in funds)
        {
            result.Append(BudgetWord().Replace(key[at..m.Index], string.Empty)).Append(m.Value);
            at = m.Index + m.Length;
        }
        return result.Append(BudgetWord().Replace(key[at..], string.Empty)).ToString();
    }

    /// <summary>The key without the fund names (so that “一般公共预算收入” is not taken for a 预算 comparison).</summary>
    public static string WithoutFunds(string key) => FundNames().Replace(key, string.Empty);

    /// <summary>“江苏省人大常委会办公厅本年支出预算合计”: the document's 收入/支出 total.</summary>
    public static bool IsTotal(string key) => key.EndsWith("合计", StringComparison.Ordinal) || key.EndsWith("总计", StringComparison.Ordinal);

    /// <summary>
    /// “检察（款）：2018年预算支出合计16,444.36万元”: an amount of one 功能分类 line, whose name stands before the
    /// colon and is not in the label; such statements are compared with the tables, not with each other.
    /// </summary>
    public static bool OfClassification(string sentence) =>
        sentence.Contains("（类）", StringComparison.Ordinal) || sentence.Contains("（款）", StringComparison.Ordinal) || sentence.Contains("（项）", StringComparison.Ordinal);
}
