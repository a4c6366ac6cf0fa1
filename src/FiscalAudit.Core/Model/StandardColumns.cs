namespace FiscalAudit.Core.Model;

/// <summary>
/// Canonical column names of the standard tables. Extraction maps printed headers to these; rules
/// refer to them. Two-level headers are joined with "·" (预算数·合计, 本年支出·小计).
/// </summary>
public static class StandardColumns
{
    /// <summary>T1 both sides, T4 income side: the single amount column.</summary>
    public const string Amount = "金额";

    // T2
    public const string RevenueTotal = "本年收入合计";
    public const string AppropriationRevenue = "财政拨款收入";
    public const string HigherLevelSubsidy = "上级补助收入";
    public const string BusinessRevenue = "事业收入";
    public const string OperatingRevenue = "经营收入";
    public const string AffiliatedRemittance = "附属单位上缴收入";
    public const string OtherRevenue = "其他收入";

    // T3 (基本支出/项目支出 also T5, T9)
    public const string ExpenditureTotal = "本年支出合计";
    public const string Basic = "基本支出";
    public const string Project = "项目支出";
    public const string RemittanceToHigher = "上缴上级支出";
    public const string OperatingExpenditure = "经营支出";
    public const string SubsidyToAffiliated = "对附属单位补助支出";

    // T4 expenditure side, T5/T9 total
    public const string Total = "合计";
    public const string GeneralBudget = "一般公共预算财政拨款";
    public const string GovernmentFund = "政府性基金预算财政拨款";
    public const string StateCapital = "国有资本经营预算财政拨款";

    // T6
    public const string Actual = "决算数";

    // T7: prefix 预算数· / 决算数· (and 上年决算数· where a region prints last year's figures beside them)
    public const string Budget = "预算数";
    public const string Final = "决算数";
    public const string PreviousFinal = "上年决算数";
    public const string ThreeTotal = "合计";
    public const string OverseasTravel = "因公出国（境）费";
    public const string VehicleSubtotal = "公务用车购置及运行费·小计";
    public const string VehiclePurchase = "公务用车购置费";
    public const string VehicleOperation = "公务用车运行费";
    public const string Reception = "公务接待费";
    public const string Meeting = "会议费";
    public const string Training = "培训费";

    /// <summary>T7's counts of receptions (a count column: as a column, or a row of 江西's turned table): batches and the people received in them.</summary>
    public const string ReceptionBatches = "国内公务接待批次";
    public const string ReceptionVisitors = "国内公务接待人次";

    /// <summary>T7 as 江西 prints it: 机关运行经费 in a row under the “三公” items.</summary>
    public const string AgencyOperatingCost = "机关运行经费";

    public static string Of(string group, string column) => group + "·" + column;

    // T8 (and T9 in the long layout)
    public const string OpeningBalance = "年初结转和结余";
    public const string CurrentRevenue = "本年收入";
    public const string ExpenditureSubtotal = "本年支出·小计";
    public const string ExpenditureBasic = "本年支出·基本支出";
    public const string ExpenditureProject = "本年支出·项目支出";
    public const string ClosingBalance = "年末结转和结余";
}
