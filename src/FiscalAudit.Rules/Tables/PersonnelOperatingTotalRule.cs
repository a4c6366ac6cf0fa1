using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1009: 表六 人员经费合计 / 公用经费合计 = the economic 类 of their panel.</summary>
public sealed class PersonnelOperatingTotalRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1009", "人员经费合计或公用经费合计与各类之和不符", Severity.Error, RuleCategories.TableBalance,
        "一般公共预算财政拨款基本支出决算表中，人员经费合计 = 人员经费栏各经济分类类级之和（301、303），公用经费合计 = 公用经费栏各类之和（302、307、310、399 等）。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T6") is not FiscalTable table) yield break;
        var tree = new CodeTree(table);
        foreach (var (panel, key) in new[] { (Sides.Personnel, RowKeysOf.PersonnelTotal), (Sides.Operating, RowKeysOf.OperatingTotal) })
        {
            if (table.FindRow(key) is not TableRow total) continue;
            var classes = tree.TopLevel.Where(r => r.Side == panel).ToList();
            if (classes.Count == 0) continue;
            foreach (var column in total.Cells.Keys)
                yield return Discrepancies.Check(Rule, Equation.Sum(table.At(total, column), classes.Select(r => table.At(r, column)), $"{panel}各类之和"));
        }
    }
}
