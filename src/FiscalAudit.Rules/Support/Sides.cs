namespace FiscalAudit.Rules.Support;

/// <summary>Values of <see cref="Core.Model.TableRow.Side"/> set by the table extractor.</summary>
public static class Sides
{
    public const string Income = "收入";
    public const string Expenditure = "支出";
    public const string Personnel = "人员经费";
    public const string Operating = "公用经费";
}
