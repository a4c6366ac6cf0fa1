using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// Holds documents' rows until the current transaction ends, so that a pairing saved from what it read of its
/// counterparts and a change of unit that removes the pairings it made stale happen one after the other, never
/// interleaved: PostgreSQL locks the rows (taken in ascending id order, so two holders never wait on each other);
/// SQLite's first write takes the database's write lock.
/// </summary>
public static class DocumentLocks
{
    public static async Task TakeAsync(AuditDbContext db, IEnumerable<long> documentIds, CancellationToken cancellation)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Document rows can only be held inside a transaction.");
        foreach (var id in documentIds.Distinct().Order())
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.OrgUnitId, d => d.OrgUnitId), cancellation);
    }
}
