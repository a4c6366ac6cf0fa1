using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2007: 表五 合计行基本支出 = 表六 人员经费合计 + 公用经费合计.</summary>
public sealed class BasicExpenditureAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2007", "基本支出与人员经费、公用经费之和不符", Severity.Error, RuleCategories.CrossTable,
        "表五合计行基本支出 = 表六人员经费合计 + 公用经费合计（按舍入区间比较）；表六按列列示合计时，二者为同一数额。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T5") is not FiscalTable t5 || Figures(disclosure, "T6") is not FiscalTable t6 || t5.TotalRow() is not TableRow t5Total) yield break;
        var basic = t5.At(t5Total, C.Basic);
        if (t6.FindRow(RowKeysOf.PersonnelTotal) is TableRow personnel && t6.FindRow(RowKeysOf.OperatingTotal) is TableRow operating)
        {
            yield return Discrepancies.Check(Rule, Equation.Sum(basic, new[] { AmountOf(t6, personnel), AmountOf(t6, operating) }));
        }
        else if (t6.TotalRow() is TableRow t6Total && t6.HasColumn(C.Total))
        {
            yield return Discrepancies.SameQuantity(Rule, basic, t6.At(t6Total, C.Total));
        }
    }

    /// <summary>表六's amount column for a total row: 决算数 in the panel layout, 合计 in the column layout.</summary>
    private static CellRef AmountOf(FiscalTable t6, TableRow row) =>
        t6.At(row, row.Cells.ContainsKey(C.Actual) ? C.Actual : C.Total);
}
