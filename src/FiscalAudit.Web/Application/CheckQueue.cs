using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Makes sure every content whose documents wait for a check has exactly one live job, and records
/// that job on the documents — after an upload, at start for what a stopped process left behind
/// (stored but never queued, or a job that gave up), and while running (<see cref="Jobs.QueueSweep"/>) for a job
/// that failed, vanished or died with its worker.
/// </summary>
public sealed class CheckQueue(AuditDbContext db, ICheckScheduler scheduler)
{
    /// <summary>
    /// Gives each content's waiting documents one live job — one check per content: a job they already have, else
    /// one queued for the content while it was uploaded (<paramref name="started"/>) while it waits or runs (the
    /// documents are saved before this call, and a running check gives its result to the documents waiting once it is
    /// stored, see <see cref="CheckRunner"/>); a content whose early check already stored its result gets it at once;
    /// otherwise (the early job failed or vanished) a new job. Returns the contents given a new job.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnsureQueuedAsync(IEnumerable<string> hashes, CancellationToken cancellation, IReadOnlyDictionary<string, string>? started = null)
    {
        var queued = new List<string>();
        foreach (var hash in hashes)
        {
            var waiting = WaitingDocuments.Of(db, hash);
            var known = await waiting.Where(d => d.CheckJobId != null).Select(d => d.CheckJobId!).Distinct().ToListAsync(cancellation);
            var early = started is not null && started.TryGetValue(hash, out var s) ? s : null;
            if (known.Count == 0 && early is not null && !scheduler.IsWaiting(early) && await ApplyStoredAsync(hash, cancellation)) continue;
            var job = known.FirstOrDefault(scheduler.IsPending) ?? (early is not null && scheduler.IsPending(early) ? early : null);
            if (job is null)
            {
                job = scheduler.Enqueue(hash);
                queued.Add(hash);
            }
            await waiting.Where(d => d.CheckJobId != job).ExecuteUpdateAsync(s => s.SetProperty(d => d.CheckJobId, job), cancellation);
        }
        return queued;
    }

    /// <summary>
    /// Gives the waiting documents the content's stored result, and queues their pairing (the job that stored it ran
    /// before they were saved, so it paired nothing); false when no result is stored (yet).
    /// </summary>
    private async Task<bool> ApplyStoredAsync(string hash, CancellationToken cancellation)
    {
        var result = await db.CheckResults.AsNoTracking().SingleOrDefaultAsync(r => r.Hash == hash && r.EngineVersion == EngineVersion.Current, cancellation);
        if (result is null) return false;
        Organisation.Attributions.QueuePairing(scheduler, await WaitingDocuments.ApplyAsync(db, result, cancellation));
        return true;
    }

    /// <summary>Queues again what waits without a stored result or a live job; returns the contents given a new job.</summary>
    public async Task<IReadOnlyList<string>> RecoverAsync(CancellationToken cancellation)
    {
        var waiting = await db.Documents
            .Where(d => d.Hash != null && (d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Running))
            .Where(d => !db.CheckResults.Any(r => r.Hash == d.Hash && r.EngineVersion == EngineVersion.Current))
            .Select(d => d.Hash!).Distinct().ToListAsync(cancellation);
        return await EnsureQueuedAsync(waiting, cancellation);
    }
}
