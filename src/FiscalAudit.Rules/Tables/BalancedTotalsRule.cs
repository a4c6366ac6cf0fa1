using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1004: 收入总计 = 支出总计 in 表一 and 表四 — one balanced amount, printed twice.</summary>
public sealed class BalancedTotalsRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1004", "收入总计与支出总计不相等", Severity.Error, RuleCategories.TableBalance,
        "收入支出决算总表、财政拨款收入支出决算总表的收入总计与支出总计必须相等，打印数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var (id, expenditureColumn) in new[] { ("T1", StandardColumns.Amount), ("T4", StandardColumns.Total) })
        {
            if (Figures(disclosure, id) is not FiscalTable table) continue;
            if (table.FindRow(RowKeysOf.GrandTotal, Sides.Income) is not TableRow income) continue;
            if (table.FindRow(RowKeysOf.GrandTotal, Sides.Expenditure) is not TableRow expenditure) continue;
            yield return Discrepancies.SameQuantity(Rule, table.At(expenditure, expenditureColumn), table.At(income, StandardColumns.Amount), "收支总计应平衡");
        }
    }
}
