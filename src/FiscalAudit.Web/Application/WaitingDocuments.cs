using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>The documents that wait for the check of one content, and giving them its stored result.</summary>
public static class WaitingDocuments
{
    public static IQueryable<Document> Of(AuditDbContext db, string hash) =>
        db.Documents.Where(d => d.Hash == hash && (d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Running));

    /// <summary>Sets every waiting document of the result's content to that result and saves; returns those documents.</summary>
    public static async Task<IReadOnlyList<Document>> ApplyAsync(AuditDbContext db, CheckResult result, CancellationToken cancellation)
    {
        var units = await UnitMatcher.LoadAsync(db, cancellation);
        var documents = await Of(db, result.Hash).ToListAsync(cancellation);
        foreach (var document in documents) CheckSummary.Apply(result, document, units);
        await db.SaveChangesAsync(cancellation);
        return documents;
    }
}
