using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>
/// What a document shows in place of its 错误 / 警告 / 提示 counts when they are not the result it waits for: while it is
/// queued or checked (again, with the current engine: its earlier counts only as the last result, its findings are not shown
/// meanwhile), or when it was not accepted and has no result.
/// </summary>
public static class PendingResult
{
    /// <summary>True while a document that already showed a result waits for a new check of its content.</summary>
    public static bool IsRechecking(DocumentStatus status, bool checkedBefore) => !status.IsFinished() && checkedBefore;

    /// <summary>The sentence shown instead of the counts; null when the counts are the document's current result.</summary>
    public static string? Text(Document document) => document.Status switch
    {
        DocumentStatus.Done or DocumentStatus.Failed => null,
        DocumentStatus.Rejected => "无（文件未受理）",
        _ when IsRechecking(document.Status, document.FinishedAt is not null) =>
            $"{(document.Status == DocumentStatus.Running ? "正在重新审核…" : "排队等待重新审核…")}（上次结果：错误 {document.Errors} 项、警告 {document.Warnings} 项、提示 {document.Infos} 项，新结果出来后更新）",
        DocumentStatus.Running => "正在审核…",
        _ => "排队等待审核…",
    };
}
