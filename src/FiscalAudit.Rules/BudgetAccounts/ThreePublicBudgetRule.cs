using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// FA6503: each 预算数 of 表七 财政拨款“三公”经费支出决算表 (合计 and each item) must be the same year's budget's figure in
/// its “三公”经费预算表, within rounding. A blank cell on either side is not compared. A 提示: the national template
/// defines 表七's 预算数 as the 全年预算数, adjusted during the year, so a difference may be explained.
/// </summary>
public sealed class ThreePublicBudgetRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6503", "“三公”经费预算数与预算文件不符", Severity.Info, RuleCategories.BudgetAccounts,
        "决算表七“三公”经费预算数是否与部门预算相同。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.SameYearBudget is not { } budget || disclosure.Table(BudgetAccountsData.ThreePublicTable) is not { } table) yield break;
        foreach (var row in table.Rows)
        {
            foreach (var (column, name) in BudgetAccountsData.ThreePublicColumns)
            {
                if (row[column] is not PrintedNumber stated || OpeningBudgetReader.Figure(budget, name) is not { } figure) continue;
                var where = FindingLocation.ForCell(table, row, column);
                if (OpeningDifference.Check(Rule, $"{table.Ordinal}“{column}”", stated, where, budget, figure, note: OpeningDifference.AdjustedNote) is { } finding)
                    yield return finding;
            }
        }
    }
}
