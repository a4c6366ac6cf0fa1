using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>Gives checked documents their unit from their printed department name; a reviewer's confirmation is never overwritten.</summary>
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

    /// <summary>Attributes every checked, unconfirmed document again (after the tree changed); saved by the caller.</summary>
    public static async Task RefreshAsync(AuditDbContext db, CancellationToken cancellation)
    {
        var matcher = await UnitMatcher.LoadAsync(db, cancellation);
        var documents = await db.Documents
            .Where(d => (d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed) && (d.Attribution == null || d.Attribution != Confidence.Confirmed))
            .ToListAsync(cancellation);
        foreach (var document in documents) Apply(document, matcher);
    }
}
