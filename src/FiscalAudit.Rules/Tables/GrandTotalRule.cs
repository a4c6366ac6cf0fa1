using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1003: 总计 = 本年合计 + the carry-over rows, on each side of 表一 and 表四.</summary>
public sealed class GrandTotalRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1003", "总计与其构成不符", Severity.Error, RuleCategories.TableBalance,
        "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余（表四为财政拨款结转和结余）。");

    private static readonly (string Table, string Side, string[] Terms)[] Compositions =
    {
        ("T1", Sides.Income, new[] { RowKeysOf.RevenueTotal, RowKeysOf.UseOfNonAppropriationSurplus, RowKeysOf.OpeningBalance }),
        ("T1", Sides.Expenditure, new[] { RowKeysOf.ExpenditureTotal, RowKeysOf.SurplusDistribution, RowKeysOf.ClosingBalance }),
        ("T4", Sides.Income, new[] { RowKeysOf.RevenueTotal, RowKeysOf.AppropriationOpening }),
        ("T4", Sides.Expenditure, new[] { RowKeysOf.ExpenditureTotal, RowKeysOf.AppropriationClosing }),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var (id, side, termKeys) in Compositions)
        {
            if (Figures(disclosure, id) is not FiscalTable table || table.FindRow(RowKeysOf.GrandTotal, side) is not TableRow total) continue;
            var terms = termKeys.Select(k => table.FindRow(k, side)).OfType<TableRow>().ToList();
            foreach (var column in total.Cells.Keys)
                yield return Discrepancies.Check(Rule, Equation.Sum(table.At(total, column), terms.Select(r => table.At(r, column))));
        }
    }
}
