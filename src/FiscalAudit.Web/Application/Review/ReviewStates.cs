using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application.Review;

/// <summary>A reviewer's move of a document between review states: its JSON name, button text and the states it starts from.</summary>
public sealed record ReviewTransition(string Action, string Name, ReviewState To, IReadOnlyList<ReviewState> From);

/// <summary>
/// The review states of the latest version of a document: 开始审核 (待审核 → 审核中), 退回整改 and 通过 (from
/// 待审核 or 审核中), 重新审核 (已退回整改 or 已通过 → 审核中). Only reviewers move them; earlier versions are closed, a document
/// waiting for its check moves not at all and one not accepted only to 退回整改 (and back).
/// </summary>
public sealed class ReviewStates(AuditDbContext db, ReviewSubjects subjects, ReviewHistory history, ReviewActor actor)
{
    public static IReadOnlyList<ReviewTransition> Transitions { get; } =
    [
        new("start", "开始审核", ReviewState.InReview, [ReviewState.Pending]),
        new("return", "退回整改", ReviewState.Returned, [ReviewState.Pending, ReviewState.InReview]),
        new("approve", "通过", ReviewState.Approved, [ReviewState.Pending, ReviewState.InReview]),
        new("reopen", "重新审核", ReviewState.InReview, [ReviewState.Returned, ReviewState.Approved]),
    ];

    /// <summary>The moves of a document not accepted: it has no result to review or approve, but may be returned for a proper file.</summary>
    private static readonly string[] WithoutResult = ["return", "reopen"];

    /// <summary>What a blank template is, as the question before its approval and the API's refusal both say it.</summary>
    private const string TemplateHasNoFigures = "该文件是" + DisplayNames.Template + "，没有可核对的数字";

    /// <summary>Asked before a blank template is approved: nothing in it but its completeness was checked.</summary>
    public const string ApproveTemplate = TemplateHasNoFigures + "。确定要通过吗？";

    /// <summary>Why an approval of a blank template without the reviewer's confirmation is refused (the API's side of <see cref="ApproveTemplate"/>).</summary>
    public const string TemplateNotConfirmed = TemplateHasNoFigures + "，通过前须确认：确定要通过时，请在请求中加上 \"confirmed\": true。";

    public const string NotAccepted = "该文件未受理，没有审核结果，不能开始审核或通过；可退回整改，由报送单位上传正确的文件。";

    /// <summary>
    /// What a reviewer may do with this version now (nothing for a department user, an earlier version or a document still being
    /// checked; only 退回整改 for a document not accepted).
    /// </summary>
    public IReadOnlyList<ReviewTransition> Allowed(ReviewSubject subject) =>
        actor.Reviews && subject.IsLatest ? Transitions.Where(t => t.From.Contains(subject.Document.ReviewState) && Withheld(subject.Document, t) is null).ToList() : [];

    /// <summary>
    /// The question asked before this move: approving a blank template is confirmed (it looks like a document without problems
    /// but only its completeness was checked), not refused (the reviewer may know why it was sent so); null for any other move.
    /// </summary>
    public static string? Confirmation(Document document, ReviewTransition transition) =>
        transition.To == ReviewState.Approved && document.IsTemplate && document.Status == DocumentStatus.Done ? ApproveTemplate : null;

    /// <summary>Why some moves are not offered now, for the page; null when every move from the state is.</summary>
    public static string? Limited(Document document) => Waiting(document) ?? (document.Status == DocumentStatus.Rejected ? NotAccepted : null);

    /// <summary>Why this move may not be made now (the document waits for its check, or has none to conclude on); null when it may.</summary>
    private static string? Withheld(Document document, ReviewTransition transition) =>
        Waiting(document) ?? (document.Status == DocumentStatus.Rejected && !WithoutResult.Contains(transition.Action) ? NotAccepted : null);

    /// <summary>
    /// Null when the document's review state may move; else why not: while it waits for its check (first or again with the current
    /// engine) its findings are not shown, and no conclusion may be reached without them.
    /// </summary>
    public static string? Waiting(Document document) =>
        document.Status.IsFinished() ? null : $"该文件还在{document.Status.ToChinese()}，审核结果出来、能看到发现的问题后才能开始审核、退回整改或通过。";

    /// <summary>Null when decisions may be changed on this version; else why not.</summary>
    public ReviewProblem? Editable(ReviewSubject subject) =>
        !subject.IsLatest ? ReviewProblem.Conflict("该文件已有更新的整改版本，请在最新版本上审核。")
        : subject.Document.ReviewState is ReviewState.Returned or ReviewState.Approved
            ? ReviewProblem.Conflict($"该文件{subject.Document.ReviewState.ToChinese()}，请先“重新审核”再修改结论。")
            : null;

    /// <summary>The first decision on a 待审核 document begins its review (recorded; saved by the caller).</summary>
    public void BeginIfPending(ReviewSubject subject)
    {
        if (subject.Document.ReviewState != ReviewState.Pending) return;
        Move(subject.Document, ReviewState.InReview, "");
    }

    /// <param name="confirmed">Whether the reviewer answered yes to the move's question (<see cref="Confirmation"/>); a move that asks one is refused without.</param>
    public async Task<ReviewProblem?> ChangeAsync(long documentId, string? action, string? comment, bool confirmed, CancellationToken cancellation)
    {
        if (!actor.Reviews) return ReviewProblem.Forbidden("只有审核人员可以改变文件的审核状态。");
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return ReviewProblem.NotFound($"没有编号为 {documentId} 的文件。");
        if (Transitions.FirstOrDefault(t => t.Action == action) is not { } transition)
            return ReviewProblem.Invalid($"action 应为 {string.Join("、", Transitions.Select(t => $"{t.Action}（{t.Name}）"))}。");
        comment = comment?.Trim() ?? "";
        if (comment.Length > FindingReview.MaxText) return ReviewProblem.Invalid($"说明不能超过 {FindingReview.MaxText} 个字。");
        if (!subject.IsLatest) return ReviewProblem.Conflict("该文件已有更新的整改版本，请在最新版本上审核。");
        if (Withheld(subject.Document, transition) is { } withheld) return ReviewProblem.Conflict(withheld);
        if (!transition.From.Contains(subject.Document.ReviewState))
            return ReviewProblem.Conflict($"该文件当前为“{subject.Document.ReviewState.ToChinese()}”，不能{transition.Name}。");
        if (!confirmed && Confirmation(subject.Document, transition) is not null) return ReviewProblem.Conflict(TemplateNotConfirmed);
        Move(subject.Document, transition.To, comment);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>The move, then the reviewer's comment on it (审核意见) when one was written.</summary>
    private void Move(Document document, ReviewState to, string comment)
    {
        var from = document.ReviewState;
        document.ReviewState = to;
        history.Record(document, ReviewActions.State, $"{from.ToChinese()} → {to.ToChinese()}");
        if (comment.Length > 0) history.Record(document, ReviewActions.Comment, comment);
    }
}
