using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2004: 表四 一般公共预算财政拨款 column = 表五 (本年支出合计 and each 类), printed identically.</summary>
public sealed class GeneralBudgetAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2004", "财政拨款总表与一般公共预算财政拨款支出表不一致", Severity.Error, RuleCategories.CrossTable,
        "表四一般公共预算财政拨款列的本年支出合计及各类支出 = 表五合计行及同名类级科目的合计数，两处数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable t4 || Figures(disclosure, "T5") is not FiscalTable t5) yield break;
        if (t5.FirstColumn(C.Total, "小计", C.ExpenditureSubtotal) is not string t5Column) yield break;
        if (t4.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is TableRow total && t5.TotalRow() is TableRow t5Total)
            yield return Discrepancies.SameQuantity(Rule, t4.At(total, C.GeneralBudget), t5.At(t5Total, t5Column));
        foreach (var finding in ClassMatching.Compare(Rule, t4, C.GeneralBudget, t5, t5Column)) yield return finding;
    }
}
