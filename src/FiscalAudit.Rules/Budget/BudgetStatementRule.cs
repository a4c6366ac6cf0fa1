using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6402: the totals a budget's 编制说明 restates (收入预算, 支出预算, 基本支出, 项目支出, 财政拨款收入/支出, 一般公共预算支出 and its
/// 基本支出, 人员经费, 公用经费) and the amounts of its 其他相关情况说明 — “三公”经费 and its items (因公出国（境）费, 公务接待费, 公务用车购置及运行费,
/// 购置费, 运行费), 会议费, 培训费, 机关运行经费, 政府采购 and its 货物/工程/服务 — equal the cells of the tables that print them
/// (<see cref="BudgetStatements"/>), compared rounding-aware in the narrative's unit; last year's figure stated beside this year's (“（上年为10.00万元）”) is compared with
/// the table's 上年 panel where it prints one (the “三公” table's 2024年预算数). A document printing no cell of 机关运行经费 still
/// prints its bound: the amount stated may not exceed the 基本支出表's 公用经费 合计.
/// </summary>
public sealed class BudgetStatementRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6402", "收支总额、“三公”经费、机关运行经费、政府采购说明与预算表不一致", Severity.Error, RuleCategories.Narrative,
        "说明中的收支总额、“三公”经费等是否与预算表相同。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var seen = new HashSet<(string, decimal)>();
        foreach (var statement in disclosure.Narrative.Facts)
        {
            if (BudgetStatements.Target(disclosure, statement) is not { } target) continue;
            var cell = StatedCell.InUnitOf(target.Cell, statement);
            if (cell.Number is not { } printed || PrintedNumber.SameQuantity(statement.Amount!.Value, printed) || BudgetStatements.RestatesAnotherCell(disclosure, statement)
                || !seen.Add((statement.Sentence, statement.Amount!.Value.Value))) continue;
            yield return StatedCell.Mismatch(Rule, target.Name, statement, cell);
        }
        // “公务接待费9.00万元（上年为10.00万元）”: last year's figure stated beside this year's, against the table's 上年 panel.
        foreach (var previous in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Previous && f.Amount is not null))
        {
            if (previous.Subject is not { } subject || BudgetStatements.Target(disclosure, subject) is not { } target
                || BudgetStatements.Previous(disclosure, subject) is not { } last) continue;
            var cell = StatedCell.InUnitOf(last, previous);
            if (cell.Number is not { } printed || PrintedNumber.SameQuantity(previous.Amount!.Value, printed) || !seen.Add((previous.Sentence, previous.Amount!.Value.Value))) continue;
            yield return StatedCell.Mismatch(Rule, target.Name + "上年数", previous, cell);
        }
        foreach (var statement in disclosure.Narrative.Facts)
        {
            if (BudgetStatements.Bound(disclosure, statement) is not { } bound) continue;
            var cell = StatedCell.InUnitOf(bound.Cell, statement);
            if (cell.Number is not { } printed || statement.Amount!.Value.Interval.Low <= printed.Interval.High || !seen.Add((statement.Sentence, statement.Amount!.Value.Value))) continue;
            yield return StatedCell.Exceeding(Rule, bound.Name, statement, cell);
        }
    }
}
