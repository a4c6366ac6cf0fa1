namespace FiscalAudit.Rules.Support;

/// <summary>Normalised row keys (<see cref="Core.Model.TableRow.Key"/>) the rules look for.</summary>
public static class RowKeysOf
{
    public const string Total = "合计";
    public const string GrandTotal = "总计";
    public const string RevenueTotal = "本年收入合计";
    public const string AppropriationOpening = "年初财政拨款结转和结余";
    public const string GovernmentFundRevenue = "政府性基金预算财政拨款收入";
    public const string StateCapitalRevenue = "国有资本经营预算财政拨款收入";
}
