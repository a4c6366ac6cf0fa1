using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// When documents change unit, the pairings made through their old unit no longer hold: theirs, and those of the
/// documents they were a counterpart of. Those pairings are removed and what each document shows (counts, blank template) goes back
/// to its own check; the documents are returned so their pairing can be queued again in their unit (if they have one).
/// </summary>
public static class StalePairings
{
    /// <summary>
    /// Removes the pairings involving <paramref name="moved"/> (in the context, saved by the caller inside its
    /// transaction); returns every document concerned. The moved documents' rows are held first, so a pairing being
    /// saved from their old unit is either found here or sees the move (<see cref="DocumentLocks"/>).
    /// </summary>
    public static async Task<IReadOnlyList<Document>> RemoveAsync(AuditDbContext db, IReadOnlyCollection<Document> moved, CancellationToken cancellation)
    {
        if (moved.Count == 0) return moved.ToList();
        var ids = moved.Select(d => d.Id).ToList();
        await DocumentLocks.TakeAsync(db, ids, cancellation);
        var stale = await db.PreviousYearChecks
            .Where(p => ids.Contains(p.DocumentId) || (p.PreviousDocumentId != null && ids.Contains(p.PreviousDocumentId.Value))
                || (p.BudgetDocumentId != null && ids.Contains(p.BudgetDocumentId.Value)) || (p.SetDocumentId != null && ids.Contains(p.SetDocumentId.Value)))
            .ToListAsync(cancellation);
        db.PreviousYearChecks.RemoveRange(stale);
        var pairedIds = stale.Select(p => p.DocumentId).Except(ids).ToList();
        var concerned = moved.Concat(await db.Documents.Where(d => pairedIds.Contains(d.Id)).ToListAsync(cancellation)).ToList();
        var unpaired = stale.Select(p => p.DocumentId).ToHashSet();
        var hashes = concerned.Where(d => unpaired.Contains(d.Id)).Select(d => d.Hash).OfType<string>().Distinct().ToList();
        var own = await db.CheckResults.AsNoTracking().Where(r => hashes.Contains(r.Hash) && r.EngineVersion == EngineVersion.Current).ToDictionaryAsync(r => r.Hash, cancellation);
        foreach (var document in concerned.Where(d => unpaired.Contains(d.Id) && d.Hash is not null && own.ContainsKey(d.Hash)))
            CheckSummary.Show(own[document.Hash!], document);
        return concerned;
    }
}
