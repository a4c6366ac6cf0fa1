using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2001: 表一 income ↔ 表二 合计行.</summary>
public sealed class RevenueAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2001", "收入总表与收入决算表不一致", Severity.Error, RuleCategories.CrossTable,
        "表一本年收入合计 = 表二合计行本年收入合计；表一一、二、三项之和 = 表二财政拨款收入；表一上级补助、事业、经营、附属单位上缴、其他收入 = 表二对应列合计。");

    private static readonly string[] SameNamedSources =
        { C.HigherLevelSubsidy, C.BusinessRevenue, C.OperatingRevenue, C.AffiliatedRemittance, C.OtherRevenue };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T1") is not FiscalTable t1 || Figures(disclosure, "T2") is not FiscalTable t2 || t2.TotalRow() is not TableRow t2Total) yield break;
        if (t1.FindRow(RowKeysOf.RevenueTotal, Sides.Income) is TableRow revenue)
            yield return Discrepancies.SameQuantity(Rule, t1.At(revenue, C.Amount), t2.At(t2Total, C.RevenueTotal));
        var appropriations = FundKind.All.Select(k => t1.FindRow(k.T1IncomeKey, Sides.Income)).OfType<TableRow>().ToList();
        if (appropriations.Count > 0)
            yield return Discrepancies.Check(Rule, Equation.Sum(t2.At(t2Total, C.AppropriationRevenue), appropriations.Select(r => t1.At(r, C.Amount))));
        foreach (var source in SameNamedSources)
        {
            if (t1.FindRow(source, Sides.Income) is TableRow row && t2.HasColumn(source))
                yield return Discrepancies.SameQuantity(Rule, t1.At(row, C.Amount), t2.At(t2Total, source));
        }
    }
}
