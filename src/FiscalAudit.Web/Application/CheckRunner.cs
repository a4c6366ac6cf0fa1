using FiscalAudit.Engine;
using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Checks one content (by hash) once per engine version: runs the engine on the stored bytes and
/// writes the result and the status of every document with those bytes in one transaction. Running
/// it again — a retried job, a second worker — stores nothing twice. Documents attributed to a unit are then
/// checked with the unit's previous-year document (<see cref="PreviousYearChecker"/>), which finds this reading
/// among the <see cref="RecentReadings"/>.
/// </summary>
public sealed class CheckRunner(AuditDbContext db, LimitedAudit auditor, TimeProvider clock, PreviousYearChecker previousYears, UploadHandoff handoff, RecentReadings recent)
{
    public async Task CheckAsync(string hash, CancellationToken cancellation)
    {
        AuditResult? fresh = null;
        var result = await StoredResult(hash, cancellation);
        if (result is null)
        {
            await SetStatus(hash, DocumentStatus.Queued, DocumentStatus.Running, cancellation);
            var (name, content) = await ContentAsync(hash, cancellation);
            var limit = auditor.Limit();
            fresh = await RecognitionShown.WhileAsync(db, hash, auditor.CheckAsync(name, content, limit, cancellation), limit.Progress, cancellation);
            recent.Keep(hash, content.Length, fresh);
            await TryStore(CheckSummary.From(hash, fresh, clock.GetUtcNow().UtcDateTime), cancellation);
            // Also to the documents saved while the result was being stored (an upload that found this check running left
            // them to it), and, when another worker stored it first, to every waiting document.
            await ApplyInTransaction(await StoredResult(hash, cancellation) ?? throw new InvalidOperationException("check result vanished after it was stored"), cancellation);
        }
        else
        {
            await ApplyInTransaction(result, cancellation);
        }
        await previousYears.PairAsync(hash, fresh, cancellation);
    }

    /// <summary>The bytes to check: handed over by this process's upload, else read from storage.</summary>
    private async Task<(string Name, byte[] Content)> ContentAsync(string hash, CancellationToken cancellation)
    {
        if (handoff.Take(hash) is { } handed) return handed;
        var stored = await db.StoredFiles.Where(f => f.Hash == hash).Select(f => new { f.Name, f.Content }).SingleAsync(cancellation);
        return (stored.Name, stored.Content);
    }

    private async Task ApplyInTransaction(CheckResult result, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ApplyToWaitingDocuments(result, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private Task<CheckResult?> StoredResult(string hash, CancellationToken cancellation) =>
        db.CheckResults.AsNoTracking().SingleOrDefaultAsync(r => r.Hash == hash && r.EngineVersion == EngineVersion.Current, cancellation);

    /// <summary>Stores the result with the documents' new status; nothing when another worker stored it first.</summary>
    private async Task TryStore(CheckResult result, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        db.CheckResults.Add(result);
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellation);
            db.ChangeTracker.Clear();
            return;
        }
        await ApplyToWaitingDocuments(result, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private Task ApplyToWaitingDocuments(CheckResult result, CancellationToken cancellation) => WaitingDocuments.ApplyAsync(db, result, cancellation);

    private Task SetStatus(string hash, DocumentStatus from, DocumentStatus to, CancellationToken cancellation) =>
        db.Documents.Where(d => d.Hash == hash && d.Status == from).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, to), cancellation);
}
