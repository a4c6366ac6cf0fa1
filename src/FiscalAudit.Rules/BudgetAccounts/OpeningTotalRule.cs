using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// FA6501: a 年初预算 the 情况说明 states for a total (一般公共预算财政拨款支出, 财政拨款支出, “三公”经费 and its items,
/// 机关运行经费 — budget-accounts.json) must be the same year's budget's figure (opening-budgets.json), within rounding.
/// </summary>
public sealed class OpeningTotalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6501", "年初预算总额与预算文件不符", Severity.Warning, RuleCategories.BudgetAccounts,
        "决算说明中的年初预算数是否与部门预算相同。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.SameYearBudget is not { } budget) yield break;
        foreach (var s in OpeningStatements.Of(disclosure))
        {
            if (BudgetAccountsData.FigureOf(s.Fact.Key) is not { } name || OpeningBudgetReader.Figure(budget, name) is not { } figure) continue;
            if (OpeningDifference.Check(Rule, $"说明称{OpeningStatements.Quoted(s.Fact.Quantity)}{OpeningStatements.Word(s)}", s.Budget, FindingLocation.At(s.Fact.Location), budget, figure, OpeningStatements.SeverityOf(s), OpeningStatements.Note(s)) is { } finding)
                yield return finding;
        }
    }
}
