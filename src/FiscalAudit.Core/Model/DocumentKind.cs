namespace FiscalAudit.Core.Model;

/// <summary>What a document is. JSON names: final-accounts, budget, self-evaluation, department-evaluation, unknown.</summary>
public enum DocumentKind
{
    Unknown,
    FinalAccounts,
    SelfEvaluation,
    DepartmentEvaluation,
    Budget,
}

public static class DocumentKindNames
{
    public static string ToJsonName(this DocumentKind kind) => kind switch
    {
        DocumentKind.FinalAccounts => "final-accounts",
        DocumentKind.SelfEvaluation => "self-evaluation",
        DocumentKind.DepartmentEvaluation => "department-evaluation",
        DocumentKind.Budget => "budget",
        _ => "unknown",
    };

    public static string ToChinese(this DocumentKind kind) => kind switch
    {
        DocumentKind.FinalAccounts => "部门决算",
        DocumentKind.SelfEvaluation => "绩效自评",
        DocumentKind.DepartmentEvaluation => "部门整体绩效评价",
        DocumentKind.Budget => "部门预算",
        _ => "未识别",
    };
}
