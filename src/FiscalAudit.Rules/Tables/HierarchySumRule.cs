using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1006: 合计 = Σ类, 类 = Σ款, 款 = Σ项 in every column of the coded tables, when the children are printed.</summary>
public sealed class HierarchySumRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1006", "科目层级合计不符", Severity.Error, RuleCategories.TableBalance,
        "按科目编码层级，合计行等于各类之和，类等于其下各款之和，款等于其下各项之和（只在下级科目列出时检查，按舍入区间比较）。");

    private static readonly string[] CodedTables = { "T2", "T3", "T5", "T6", "T8", "T9" };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var id in CodedTables)
        {
            if (Figures(disclosure, id) is not FiscalTable table) continue;
            var tree = new CodeTree(table);
            if (table.TotalRow() is TableRow total && tree.TopLevel.Count > 0)
            {
                foreach (var column in total.Cells.Keys)
                    yield return Discrepancies.Check(Rule, Equation.Sum(table.At(total, column), tree.TopLevel.Select(r => table.At(r, column)), "各类之和"));
            }
            foreach (var (parent, children) in tree.Families)
            {
                var label = $"其下各{CodeTree.LevelName(children[0].Code!)}之和";
                foreach (var column in parent.Cells.Keys)
                    yield return Discrepancies.Check(Rule, Equation.Sum(table.At(parent, column), children.Select(r => table.At(r, column)), label));
            }
        }
    }
}
