using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3010: the year a title or a statement names as its reporting year (“2020年度部门决算情况说明”,
/// “本部门2020年度收入合计…”) must be the document's year. Comparisons (“与2019年度相比”), document numbers
/// (〔2020〕) and dates are not reporting years. Without a year from the metadata, the year most titles
/// and statements name is taken. A comparison that names a year (“比2024年预算增加”, “与2019年度相比”) must name
/// the year before the document's. A year-end date (“截至2024年12月31日”) names the reporting year of a 决算 and the year
/// before a 预算's.
/// </summary>
public sealed class YearConsistencyRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3010", "年度与文件不一致", Severity.Warning, RuleCategories.Narrative,
        "标题和说明中的报告年度是否与文件年度一致。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in Comparisons(disclosure)) yield return f;
        var years = disclosure.Narrative.Years;
        if (years.Count == 0) yield break;
        var shift = disclosure.Kind == DocumentKind.Budget ? 1 : 0;
        int Reporting(TextMark m) => m.Value!.Value + (m.Kind == TextMarkKind.YearEnd ? shift : 0);
        var year = disclosure.Year ?? years.GroupBy(Reporting).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var source = disclosure.Year is null ? "多数标题和说明" : "文件";
        foreach (var m in years.Where(m => Reporting(m) != year))
        {
            var budgetYearEnd = m.Kind == TextMarkKind.YearEnd && shift > 0;
            yield return Rule.Report(
                budgetYearEnd ? $"此处截至日期为 {m.Value} 年末，{year} 年预算应为上年（{year - shift} 年）末：…{m.Context}…"
                    : $"此处报告年度为 {m.Value} 年，{source}年度为 {year} 年：…{m.Context}…",
                FindingLocation.At(m.Location), budgetYearEnd ? year - shift : year, m.Value);
        }
    }

    /// <summary>
    /// “比2023年预算增加” in a 2025 document: a comparison must name the year before the document's — or, in a 决算, the budget
    /// of its own year (“2023年决算数为3,216.40万元，比2023年预算数增加16.40万元”).
    /// </summary>
    private static IEnumerable<Finding> Comparisons(Disclosure disclosure)
    {
        if (disclosure.Year is not int year) yield break;
        foreach (var m in disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.ComparisonBase && m.Value is int y && y != year - 1 && !OwnBudget(disclosure, m, year)))
        {
            yield return Rule.Report(
                $"此处与 {m.Value} 年（“{m.Text}”）比较，文件年度为 {year} 年，应与上年（{year - 1} 年）比较：…{m.Context}…",
                FindingLocation.At(m.Location), year - 1, m.Value);
        }
    }

    private static bool OwnBudget(Disclosure disclosure, TextMark m, int year) =>
        disclosure.Kind == DocumentKind.FinalAccounts && m.Value == year && ComparisonBaseKinds.Of(m.Text) == ComparisonBaseKinds.Budget;
}
