using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Makes sure every content whose documents wait for a check has exactly one live job, and records
/// that job on the documents — after an upload, and at start for what a stopped process left behind
/// (stored but never queued, or a job that gave up).
/// </summary>
public sealed class CheckQueue(AuditDbContext db, ICheckScheduler scheduler)
{
    public async Task EnsureQueuedAsync(IEnumerable<string> hashes, CancellationToken cancellation)
    {
        foreach (var hash in hashes)
        {
            var waiting = db.Documents.Where(d => d.Hash == hash && (d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Running));
            var known = await waiting.Where(d => d.CheckJobId != null).Select(d => d.CheckJobId!).Distinct().ToListAsync(cancellation);
            var job = known.FirstOrDefault(scheduler.IsPending) ?? scheduler.Enqueue(hash);
            await waiting.Where(d => d.CheckJobId != job).ExecuteUpdateAsync(s => s.SetProperty(d => d.CheckJobId, job), cancellation);
        }
    }

    /// <summary>Queues again what waits without a stored result or a live job; returns how many contents.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellation)
    {
        var waiting = await db.Documents
            .Where(d => d.Hash != null && (d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Running))
            .Where(d => !db.CheckResults.Any(r => r.Hash == d.Hash && r.EngineVersion == EngineVersion.Current))
            .Select(d => d.Hash!).Distinct().ToListAsync(cancellation);
        await EnsureQueuedAsync(waiting, cancellation);
        return waiting.Count;
    }
}
