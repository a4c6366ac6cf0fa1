using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>
/// 表四's column of one fund kind against the table that details it (表八 政府性基金, 表九 国有资本经营):
/// 年初, 本年收入, 本年支出 (and each 类), 年末 — the same quantities, printed identically. Runs only when
/// the detail table has figures; an empty detail table is FA5003's business.
/// </summary>
public abstract class FundDetailAgreement : FigureRule
{
    protected abstract FundKind Kind { get; }

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable t4 || Figures(disclosure, Kind.DetailTable) is not FiscalTable detail) yield break;
        if (detail.FirstColumn(C.ExpenditureSubtotal, C.Total) is not string spentColumn) yield break;
        if (detail.TotalRow() is TableRow total)
        {
            if (t4.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is TableRow spent)
                yield return Discrepancies.SameQuantity(Descriptor, t4.At(spent, Kind.Name), detail.At(total, spentColumn));
            if (Kind.T4IncomeRow(t4) is TableRow income && detail.HasColumn(C.CurrentRevenue))
                yield return Discrepancies.SameQuantity(Descriptor, t4.At(income, C.Amount), detail.At(total, C.CurrentRevenue));
            if (Kind.T4OpeningRow(t4) is TableRow opening && detail.HasColumn(C.OpeningBalance))
                yield return Discrepancies.SameQuantity(Descriptor, t4.At(opening, C.Amount), detail.At(total, C.OpeningBalance));
            if (t4.FindRow(RowKeysOf.AppropriationClosing, Sides.Expenditure) is TableRow closing && detail.HasColumn(C.ClosingBalance))
                yield return Discrepancies.SameQuantity(Descriptor, t4.At(closing, Kind.Name), detail.At(total, C.ClosingBalance), "年末结转和结余");
        }
        foreach (var finding in ClassMatching.Compare(Descriptor, t4, Kind.Name, detail, spentColumn)) yield return finding;
    }
}

/// <summary>FA2005: 表四 政府性基金预算财政拨款 ↔ 表八.</summary>
public sealed class GovernmentFundAgreementRule : FundDetailAgreement
{
    public static readonly RuleDescriptor Rule = new(
        "FA2005", "财政拨款总表与政府性基金预算财政拨款表不一致", Severity.Error, RuleCategories.CrossTable,
        "表四政府性基金预算财政拨款的年初结转和结余、本年收入、本年支出（合计及各类）、年末结转和结余 = 表八合计行及同名类级科目，两处数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override FundKind Kind => FundKind.GovernmentFund;
}

/// <summary>FA2006: 表四 国有资本经营预算财政拨款 ↔ 表九.</summary>
public sealed class StateCapitalAgreementRule : FundDetailAgreement
{
    public static readonly RuleDescriptor Rule = new(
        "FA2006", "财政拨款总表与国有资本经营预算财政拨款表不一致", Severity.Error, RuleCategories.CrossTable,
        "表四国有资本经营预算财政拨款的本年支出（合计及各类）及表九列出的年初、本年收入、年末结转和结余 = 表九合计行及同名类级科目，两处数字应完全相同。");

    public override RuleDescriptor Descriptor => Rule;

    protected override FundKind Kind => FundKind.StateCapital;
}
