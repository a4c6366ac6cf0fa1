using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The documents of a batch whose shown result was made by an earlier engine (rules or readers changed since), and checking
/// them again with the current one: they wait again, one job per content, and the new result is shown once stored (the old
/// one stays in storage; decisions on findings are kept by the findings' stable ids).
/// </summary>
public sealed class OutdatedChecks(AuditDbContext db, CheckQueue queue)
{
    public Task<int> CountAsync(long batchId, CancellationToken cancellation) => Outdated(batchId).CountAsync(cancellation);

    /// <summary>Queues the batch's outdated documents for a check with the current engine; returns how many.</summary>
    public async Task<int> RecheckAsync(long batchId, CancellationToken cancellation)
    {
        var documents = await Outdated(batchId).ToListAsync(cancellation);
        foreach (var document in documents)
        {
            document.Status = DocumentStatus.Queued;
            document.CheckJobId = null;
        }
        await db.SaveChangesAsync(cancellation);
        await queue.EnsureQueuedAsync(documents.Select(d => d.Hash!).Distinct(), cancellation);
        return documents.Count;
    }

    private IQueryable<Document> Outdated(long batchId) =>
        db.Documents.Where(d => d.BatchId == batchId && d.Hash != null && (d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed)
            && !db.CheckResults.Any(r => r.Hash == d.Hash && r.EngineVersion == EngineVersion.Current));
}
