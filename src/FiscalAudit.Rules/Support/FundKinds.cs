using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// The three kinds of appropriation (财政拨款): the 表四 row/column name, the 表一 income row, and the
/// table that details the kind (表五 for 一般公共预算, 表八 for 政府性基金, 表九 for 国有资本经营).
/// </summary>
public sealed record FundKind(string Name, string T1IncomeKey, string DetailTable)
{
    public static readonly FundKind GeneralBudget = new(StandardColumns.GeneralBudget, RowKeysOf.GeneralBudgetRevenue, "T5");
    public static readonly FundKind GovernmentFund = new(StandardColumns.GovernmentFund, RowKeysOf.GovernmentFundRevenue, "T8");
    public static readonly FundKind StateCapital = new(StandardColumns.StateCapital, RowKeysOf.StateCapitalRevenue, "T9");

    public static readonly IReadOnlyList<FundKind> All = new[] { GeneralBudget, GovernmentFund, StateCapital };

    /// <summary>表四's income row of this kind (the one above 本年收入合计, not the one under 年初).</summary>
    public TableRow? T4IncomeRow(FiscalTable t4) =>
        t4.FindRow(RowKeysOf.RevenueTotal, Sides.Income) is TableRow total
            ? t4.NamedRowsBefore(Sides.Income, total).FirstOrDefault(r => r.HasKey(Name))
            : t4.FindRow(Name, Sides.Income);

    /// <summary>表四's opening-balance row of this kind (under 年初财政拨款结转和结余).</summary>
    public TableRow? T4OpeningRow(FiscalTable t4) =>
        t4.FindRow(RowKeysOf.AppropriationOpening, Sides.Income) is TableRow opening ? t4.FindRowAfter(opening, Name, Sides.Income) : null;
}
