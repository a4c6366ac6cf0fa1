namespace FiscalAudit.Core.Findings;

/// <summary>错误 / 警告 / 提示. JSON: error / warning / info.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}

public static class SeverityNames
{
    public static string ToChinese(this Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string ToJsonName(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static Severity? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "error" or "错误" => Severity.Error,
        "warning" or "警告" => Severity.Warning,
        "info" or "提示" => Severity.Info,
        _ => null,
    };
}
