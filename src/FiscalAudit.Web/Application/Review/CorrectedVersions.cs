using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>
/// A corrected document uploaded as the next version of a document sent back (已退回整改): one file, in a
/// batch of its own for the same 部门/单位, attributed as the first version was, checked like any upload.
/// </summary>
public sealed class CorrectedVersions(AuditDbContext db, ReviewSubjects subjects, BatchIntake intake, ReviewHistory history, Visibility visibility)
{
    /// <summary>Tries at numbering a version: each failed one lost its number to a correction uploaded at the same moment.</summary>
    private const int MaxAttempts = 5;

    /// <summary>The version a correction may be uploaded for; else why not (before any byte is read).</summary>
    public async Task<(ReviewSubject? Subject, ReviewProblem? Problem)> TargetAsync(long documentId, CancellationToken cancellation)
    {
        if (await subjects.FindAsync(documentId, cancellation) is not { } subject) return (null, ReviewProblem.NotFound($"没有编号为 {documentId} 的文件。"));
        if (!subject.IsLatest) return (null, ReviewProblem.Conflict("该文件已有更新的整改版本，请在最新版本上上传。"));
        if (subject.Document.ReviewState != ReviewState.Returned)
            return (null, ReviewProblem.Conflict($"该文件当前为“{subject.Document.ReviewState.ToChinese()}”，只有已退回整改的文件才能上传整改版本。"));
        return (subject, null);
    }

    /// <summary>The new version's document id; a problem when the upload is not exactly one checkable file.</summary>
    public async Task<(long? Id, ReviewProblem? Problem)> AddAsync(ReviewSubject subject, IAsyncEnumerable<IncomingFile> files, CancellationToken cancellation)
    {
        IncomingFile? file = null;
        await foreach (var incoming in files.WithCancellation(cancellation))
        {
            if (file is not null) return (null, ReviewProblem.Invalid("整改版本只能是一个文件，请只上传改正后的这一份文件。"));
            file = incoming;
        }
        if (file is null) return (null, ReviewProblem.Invalid("没有收到文件：请上传改正后的文件。"));
        if (file.Content is null) return (null, ReviewProblem.Invalid(file.Refusal ?? "该文件未受理。"));

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await AddVersionAsync(subject, file, cancellation), null);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts && UniqueViolation.Caused(e))
            {
                // Another correction of the same line took this number at the same moment: the next number is taken.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Stores the file as the line's next version; the unique index (VersionOf, Version) refuses a number taken meanwhile.</summary>
    private async Task<long> AddVersionAsync(ReviewSubject subject, IncomingFile file, CancellationToken cancellation)
    {
        var thread = subject.ThreadId;
        var root = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == thread, cancellation);
        var number = await db.Documents.Where(d => d.Id == thread || d.VersionOf == thread).MaxAsync(d => d.Version, cancellation) + 1;
        var sure = root.OrgUnitId is not null && root.Attribution is Confidence.High or Confidence.Confirmed;
        var unit = visibility.UploadUnit
            ?? await db.Batches.Where(b => b.Id == root.BatchId).Select(b => b.OrgUnitId).SingleAsync(cancellation)
            ?? (sure ? root.OrgUnitId : null);
        var name = Path.GetFileName(root.File);
        var label = $"{(name.Length > 150 ? name[..150] + "…" : name)} 第 {number} 版（整改）";
        var batch = await intake.CreateAsync(new[] { file }.ToAsyncEnumerable(), label, unit, cancellation, document =>
        {
            document.VersionOf = thread;
            document.Version = number;
            if (!sure) return;
            document.OrgUnitId = root.OrgUnitId;
            document.Attribution = Confidence.Confirmed;
            document.AttributionReason = "整改版本，沿用第 1 版的归属。";
        });
        var version = await db.Documents.SingleAsync(d => d.BatchId == batch, cancellation);
        history.Record(version, ReviewActions.Version, $"上传整改版本（第 {number} 版）：{file.Name}");
        await db.SaveChangesAsync(cancellation);
        return version.Id;
    }
}
