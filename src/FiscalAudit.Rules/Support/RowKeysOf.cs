namespace FiscalAudit.Rules.Support;

/// <summary>Normalised row keys (<see cref="Core.Model.TableRow.Key"/>) the rules look for.</summary>
public static class RowKeysOf
{
    public const string Total = "合计";
    public const string GrandTotal = "总计";
    public const string RevenueTotal = "本年收入合计";
    public const string ExpenditureTotal = "本年支出合计";
    public const string UseOfNonAppropriationSurplus = "使用非财政拨款结余";
    public const string OpeningBalance = "年初结转和结余";
    public const string SurplusDistribution = "结余分配";
    public const string ClosingBalance = "年末结转和结余";
    public const string AppropriationOpening = "年初财政拨款结转和结余";
    public const string AppropriationClosing = "年末财政拨款结转和结余";
    public const string GeneralBudgetRevenue = "一般公共预算财政拨款收入";
    public const string GovernmentFundRevenue = "政府性基金预算财政拨款收入";
    public const string StateCapitalRevenue = "国有资本经营预算财政拨款收入";
    public const string PersonnelTotal = "人员经费合计";
    public const string OperatingTotal = "公用经费合计";
}
