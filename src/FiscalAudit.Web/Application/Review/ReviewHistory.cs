using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>The kinds of recorded action.</summary>
public static class ReviewActions
{
    public const string Decision = "decision";
    public const string Note = "note";
    public const string State = "state";
    public const string Comment = "comment";
    public const string Version = "version";
    public const string Import = "import";
    public const string Upload = "upload";

    public static string ToChinese(string action) => action switch
    {
        Decision => "审核结论",
        Note => "备注",
        State => "审核状态",
        Comment => "审核意见",
        Version => "整改版本",
        Import => "导入审核记录",
        Upload => "上传",
        _ => action,
    };
}

/// <summary>Every action on a document's review — who, when, what — kept for the whole line of its versions.</summary>
public sealed class ReviewHistory(AuditDbContext db, ReviewActor actor, TimeProvider clock)
{
    /// <summary>Adds an action to the context (saved by the caller, with the change it records).</summary>
    public ReviewEvent Record(Document version, string action, string text, string? findingId = null)
    {
        var entry = new ReviewEvent
        {
            ThreadId = ReviewSubject.ThreadOf(version), DocumentId = version.Id, At = clock.GetUtcNow().UtcDateTime,
            By = actor.Name is { Length: > 0 } name ? name : "系统", Action = action, FindingId = findingId, Text = text.Length > 4000 ? text[..4000] : text,
        };
        db.ReviewEvents.Add(entry);
        return entry;
    }

    /// <summary>The line's actions, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewEvent>> ListAsync(long threadId, CancellationToken cancellation) =>
        await db.ReviewEvents.AsNoTracking().Where(e => e.ThreadId == threadId).OrderBy(e => e.Id).ToListAsync(cancellation);
}
