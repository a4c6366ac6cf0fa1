using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>What became of a pairing to store.</summary>
public enum PairingSave
{
    Stored,

    /// <summary>Not stored, and nothing to do: the document is gone or changed (a change of unit queues its pairing), or a newer set candidate arrived (whose own job pairs the document again).</summary>
    Superseded,

    /// <summary>Not stored: its previous-year document or budget changed meanwhile; to be worked out again.</summary>
    CounterpartsChanged,
}

/// <summary>Stores a document's pairing (<see cref="PreviousYearChecker"/>) only while what it was made from still holds.</summary>
public static class PairingStore
{
    /// <summary>
    /// Saves the pairing and what the document shows of it (<see cref="CheckSummary.Show"/>), unless what it was made from changed meanwhile (a document moved to or
    /// from the unit, a newer version arrived) or the document is no longer there as it was. The rows are held while this
    /// is decided (<see cref="DocumentLocks"/>), so a move that removes stale pairings
    /// either comes first and is seen here, or comes after and finds this pairing to remove.
    /// </summary>
    public static async Task<PairingSave> SaveUnlessChangedAsync(AuditDbContext db, Document document, PairingInputs.MadeFrom madeFrom,
        PreviousYearCheck pairing, CheckResult summary, CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await DocumentLocks.TakeAsync(db, new[] { document.Id, pairing.PreviousDocumentId, pairing.BudgetDocumentId, pairing.SetDocumentId }.OfType<long>(), cancellation);
        db.ChangeTracker.Clear();
        var row = await db.Documents.SingleOrDefaultAsync(d => d.Id == document.Id, cancellation);
        if (row is null || row.Hash != document.Hash || row.Status != DocumentStatus.Done) return PairingSave.Superseded; // deleted or no longer checked: nothing to pair
        var now = await PairingInputs.ReadAsync(new PreviousYearDocuments(db), row, madeFrom.LookForPartner, cancellation);
        if (row.OrgUnitId != document.OrgUnitId || row.BatchId != document.BatchId || madeFrom.Inputs.NewerCandidate(now, madeFrom.Partner)) return PairingSave.Superseded;
        if (!madeFrom.Inputs.SameCounterparts(now, madeFrom.Partner)) return PairingSave.CounterpartsChanged;
        var existing = await db.PreviousYearChecks.SingleOrDefaultAsync(p => p.DocumentId == row.Id, cancellation);
        if (existing is null) db.PreviousYearChecks.Add(pairing);
        else
        {
            pairing.Id = existing.Id;
            db.Entry(existing).CurrentValues.SetValues(pairing);
        }
        CheckSummary.Show(summary, row);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return PairingSave.Stored;
    }
}
