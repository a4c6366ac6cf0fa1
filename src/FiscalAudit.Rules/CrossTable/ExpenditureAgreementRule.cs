using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2002: 表一 expenditure ↔ 表三: 本年支出合计 and every function 类, printed identically.</summary>
public sealed class ExpenditureAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2002", "收入支出决算总表与支出决算表不一致", Severity.Error, RuleCategories.CrossTable,
        "表一本年支出合计 = 表三合计行本年支出合计；表一每一支出类别 = 表三同名类级科目的本年支出合计，两处数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T1") is not FiscalTable t1 || Figures(disclosure, "T3") is not FiscalTable t3) yield break;
        if (t1.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is TableRow total && t3.TotalRow() is TableRow t3Total)
            yield return Discrepancies.SameQuantity(Rule, t1.At(total, C.Amount), t3.At(t3Total, C.ExpenditureTotal));
        foreach (var finding in ClassMatching.Compare(Rule, t1, C.Amount, t3, C.ExpenditureTotal)) yield return finding;
    }
}
