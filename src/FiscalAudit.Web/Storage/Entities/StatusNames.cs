namespace FiscalAudit.Web.Storage.Entities;

/// <summary>The stored and JSON names of <see cref="DocumentStatus"/>: queued, running, done, failed, rejected.</summary>
public static class StatusNames
{
    public static string ToName(DocumentStatus status) => status.ToString().ToLowerInvariant();

    public static DocumentStatus Parse(string name) => Enum.Parse<DocumentStatus>(name, ignoreCase: true);

    /// <summary>排队 / 审核中 / 完成 / 无法读取 / 未受理.</summary>
    public static string ToChinese(this DocumentStatus status) => status switch
    {
        DocumentStatus.Queued => "排队",
        DocumentStatus.Running => "审核中",
        DocumentStatus.Done => "完成",
        DocumentStatus.Failed => "无法读取",
        _ => "未受理",
    };

    /// <summary>True when nothing more will happen to the document.</summary>
    public static bool IsFinished(this DocumentStatus status) => status is DocumentStatus.Done or DocumentStatus.Failed or DocumentStatus.Rejected;
}
