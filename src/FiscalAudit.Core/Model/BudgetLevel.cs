namespace FiscalAudit.Core.Model;

/// <summary>Whose budget a 预算 document is: a department's (部门预算, all its units together) or one unit's (单位预算). JSON names: department, unit.</summary>
public enum BudgetLevel
{
    Department,
    Unit,
}

public static class BudgetLevelNames
{
    public static string ToJsonName(this BudgetLevel level) => level switch
    {
        BudgetLevel.Unit => "unit",
        _ => "department",
    };

    /// <summary>The kind of document as reviewers name it: 部门预算 or 单位预算.</summary>
    public static string ToChinese(this BudgetLevel level) => level switch
    {
        BudgetLevel.Unit => "单位预算",
        _ => "部门预算",
    };
}
