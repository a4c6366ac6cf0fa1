using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>
/// Gives checked documents their unit from their printed department name; a reviewer's confirmation is never overwritten.
/// A document that comes to a unit is then paired with that unit's previous- and next-year documents and, between a
/// 部门决算 and a budget, with the same year's (<see cref="QueuePairing"/>).
/// </summary>
public static class Attributions
{
    public static void Apply(Document document, UnitMatcher matcher)
    {
        if (document.Attribution == Confidence.Confirmed || document.Status == DocumentStatus.Rejected) return;
        var match = matcher.Match(document.Department);
        document.OrgUnitId = match.UnitId;
        document.Attribution = match.Confidence;
        document.AttributionReason = match.Reason;
    }

    /// <summary>
    /// Attributes every checked, unconfirmed document again (after the tree changed); saved by the caller.
    /// Returns the documents whose unit changed and those they were paired with (pairings removed: <see cref="StalePairings"/>),
    /// for <see cref="QueuePairing"/> once that is saved.
    /// </summary>
    public static async Task<IReadOnlyList<Document>> RefreshAsync(AuditDbContext db, CancellationToken cancellation)
    {
        var matcher = await UnitMatcher.LoadAsync(db, cancellation);
        var documents = await db.Documents
            .Where(d => (d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed) && (d.Attribution == null || d.Attribution != Confidence.Confirmed))
            .ToListAsync(cancellation);
        var moved = new List<Document>();
        foreach (var document in documents)
        {
            var before = document.OrgUnitId;
            Apply(document, matcher);
            if (document.OrgUnitId != before) moved.Add(document);
        }
        return await StalePairings.RemoveAsync(db, moved, cancellation);
    }

    /// <summary>
    /// Queues the check job of each checked content among these documents that now have a unit: the job finds
    /// its result stored and only pairs the documents with their units' previous- and next-year documents and same-year
    /// budget or 部门决算.
    /// Call it once their unit is saved, since the job may run at once.
    /// </summary>
    public static void QueuePairing(ICheckScheduler scheduler, IEnumerable<Document> documents)
    {
        foreach (var hash in documents.Where(d => d is { Status: DocumentStatus.Done, OrgUnitId: not null }).Select(d => d.Hash).OfType<string>().Distinct())
            scheduler.Enqueue(hash);
    }
}
