using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The documents whose shown result was made by an earlier engine (rules or readers changed since) — of a batch, or one
/// document's content — and checking them again with the current one: they wait again, one job per content, and the new result is
/// shown once stored (the old one stays in storage; decisions on findings are kept by the findings' stable ids).
/// </summary>
public sealed class OutdatedChecks(AuditDbContext db, CheckQueue queue)
{
    public Task<int> CountAsync(long batchId, CancellationToken cancellation) => Outdated(InBatch(batchId)).CountAsync(cancellation);

    /// <summary>Queues the batch's outdated documents for a check with the current engine; returns how many.</summary>
    public Task<int> RecheckAsync(long batchId, CancellationToken cancellation) => RecheckAsync(InBatch(batchId), cancellation);

    /// <summary>
    /// Queues the document for a check with the current engine when its result is outdated, with the other outdated documents of
    /// the same content (a result is stored per content, and they show it too); returns how many.
    /// </summary>
    public Task<int> RecheckDocumentAsync(long documentId, CancellationToken cancellation)
    {
        var content = Single(documentId).Select(d => d.Hash);
        return RecheckAsync(db.Documents.Where(d => content.Contains(d.Hash)), cancellation);
    }

    /// <summary>The engine version that made the document's shown result when that is an earlier one; null when it is current or none is stored.</summary>
    public async Task<string?> EarlierEngineAsync(Document document, CancellationToken cancellation) =>
        await Outdated(Single(document.Id)).AnyAsync(cancellation)
            ? await db.CheckResults.Where(r => r.Hash == document.Hash).OrderByDescending(r => r.CheckedAt).Select(r => r.EngineVersion).FirstOrDefaultAsync(cancellation)
            : null;

    private async Task<int> RecheckAsync(IQueryable<Document> documents, CancellationToken cancellation)
    {
        var outdated = await Outdated(documents).ToListAsync(cancellation);
        foreach (var document in outdated)
        {
            document.Status = DocumentStatus.Queued;
            document.CheckJobId = null;
        }
        await db.SaveChangesAsync(cancellation);
        await queue.EnsureQueuedAsync(outdated.Select(d => d.Hash!).Distinct(), cancellation);
        return outdated.Count;
    }

    private IQueryable<Document> InBatch(long batchId) => db.Documents.Where(d => d.BatchId == batchId);

    private IQueryable<Document> Single(long documentId) => db.Documents.Where(d => d.Id == documentId);

    private IQueryable<Document> Outdated(IQueryable<Document> documents) =>
        documents.Where(d => d.Hash != null && (d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed)
            && !db.CheckResults.Any(r => r.Hash == d.Hash && r.EngineVersion == EngineVersion.Current));
}
