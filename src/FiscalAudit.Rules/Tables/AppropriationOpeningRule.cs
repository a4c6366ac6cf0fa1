using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1007: 表四 年初财政拨款结转和结余 = the three fund kinds printed under it.</summary>
public sealed class AppropriationOpeningRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1007", "年初财政拨款结转和结余与分项之和不符", Severity.Error, RuleCategories.TableBalance,
        "财政拨款收入支出决算总表中，年初财政拨款结转和结余应等于其下一般公共预算、政府性基金预算、国有资本经营预算财政拨款三项之和。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable table) yield break;
        if (table.FindRow(RowKeysOf.AppropriationOpening, Sides.Income) is not TableRow opening) yield break;
        var kinds = FundKind.All.Select(k => table.FindRowAfter(opening, k.Name, Sides.Income)).OfType<TableRow>();
        yield return Discrepancies.Check(Rule, Equation.Sum(table.At(opening, StandardColumns.Amount), kinds.Select(r => table.At(r, StandardColumns.Amount))));
    }
}
