using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2003: 表四 income by fund kind = 表一 rows 一/二/三; 表四 本年收入合计 = 表二 财政拨款收入.</summary>
public sealed class AppropriationRevenueAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2003", "财政拨款收入在各表间不一致", Severity.Error, RuleCategories.CrossTable,
        "表四各项财政拨款收入 = 表一对应的一、二、三项收入；表四本年收入合计 = 表二合计行财政拨款收入；两处数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable t4) yield break;
        if (Figures(disclosure, "T1") is FiscalTable t1)
        {
            foreach (var kind in FundKind.All)
            {
                if (kind.T4IncomeRow(t4) is TableRow row && t1.FindRow(kind.T1IncomeKey, Sides.Income) is TableRow t1Row)
                    yield return Discrepancies.SameQuantity(Rule, t4.At(row, C.Amount), t1.At(t1Row, C.Amount));
            }
        }
        if (Figures(disclosure, "T2") is FiscalTable t2 && t2.TotalRow() is TableRow t2Total && t4.FindRow(RowKeysOf.RevenueTotal, Sides.Income) is TableRow revenue)
            yield return Discrepancies.SameQuantity(Rule, t4.At(revenue, C.Amount), t2.At(t2Total, C.AppropriationRevenue));
    }
}
