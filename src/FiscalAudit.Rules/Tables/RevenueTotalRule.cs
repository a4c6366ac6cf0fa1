using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1001: 表一/表四 本年收入合计 = the income rows printed above it.</summary>
public sealed class RevenueTotalRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1001", "本年收入合计与各项收入之和不符", Severity.Error, RuleCategories.TableBalance,
        "收入支出决算总表、财政拨款收入支出决算总表中，本年收入合计应等于其上各收入项目之和（按舍入区间比较）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var id in new[] { "T1", "T4" })
        {
            if (Figures(disclosure, id) is not FiscalTable table || table.FindRow(RowKeysOf.RevenueTotal, Sides.Income) is not TableRow total) continue;
            var parts = table.NamedRowsBefore(Sides.Income, total);
            yield return Discrepancies.Check(Rule, Equation.Sum(
                table.At(total, StandardColumns.Amount), parts.Select(r => table.At(r, StandardColumns.Amount)), "各项收入之和"));
        }
    }
}
