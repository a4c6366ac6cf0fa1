using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1002: 表一/表四 本年支出合计 = the function 类 rows printed above it, in every amount column.</summary>
public sealed class ExpenditureTotalRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1002", "本年支出合计与各类支出之和不符", Severity.Error, RuleCategories.TableBalance,
        "收入支出决算总表、财政拨款收入支出决算总表中，本年支出合计（每一金额列）应等于其上各功能分类类级支出之和（按舍入区间比较）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var id in new[] { "T1", "T4" })
        {
            if (Figures(disclosure, id) is not FiscalTable table || table.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is not TableRow total) continue;
            var classes = table.NamedRowsBefore(Sides.Expenditure, total);
            foreach (var column in total.Cells.Keys)
                yield return Discrepancies.Check(Rule, Equation.Sum(table.At(total, column), classes.Select(r => table.At(r, column)), "各类支出之和"));
        }
    }
}
