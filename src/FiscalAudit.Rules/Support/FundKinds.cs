using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// The two kinds of appropriation (财政拨款) detailed in a table of their own (表八 政府性基金, 表九
/// 国有资本经营): the 表四 row/column name, the 表一 income row, and the detail table.
/// </summary>
public sealed record FundKind(string Name, string T1IncomeKey, string DetailTable)
{
    public static readonly FundKind GovernmentFund = new(StandardColumns.GovernmentFund, RowKeysOf.GovernmentFundRevenue, "T8");
    public static readonly FundKind StateCapital = new(StandardColumns.StateCapital, RowKeysOf.StateCapitalRevenue, "T9");

    /// <summary>表四's income row of this kind (the one above 本年收入合计, not the one under 年初).</summary>
    public TableRow? T4IncomeRow(FiscalTable t4) =>
        t4.FindRow(RowKeysOf.RevenueTotal, TableSides.Income) is TableRow total
            ? t4.NamedRowsBefore(TableSides.Income, total).FirstOrDefault(r => r.HasKey(Name))
            : t4.FindRow(Name, TableSides.Income);

    /// <summary>表四's opening-balance row of this kind (under 年初财政拨款结转和结余).</summary>
    public TableRow? T4OpeningRow(FiscalTable t4) =>
        t4.FindRow(RowKeysOf.AppropriationOpening, TableSides.Income) is TableRow opening ? t4.FindRowAfter(opening, Name, TableSides.Income) : null;
}
