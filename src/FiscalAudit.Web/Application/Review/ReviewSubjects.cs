using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>Loads the version of a document the logged-in person may see, with its line of versions and its findings.</summary>
public sealed class ReviewSubjects(AuditDbContext db, Visibility visibility, DocumentQueries documents)
{
    /// <summary>The subject (its document tracked for changes); null when the person may not see such a document.</summary>
    public async Task<ReviewSubject?> FindAsync(long id, CancellationToken cancellation)
    {
        var visible = visibility.Documents(db.Documents, db.Batches).Select(d => d.Id);
        if (await db.Documents.Where(d => visible.Contains(d.Id)).SingleOrDefaultAsync(d => d.Id == id, cancellation) is not { } document) return null;
        var thread = ReviewSubject.ThreadOf(document);
        var versions = await db.Documents.AsNoTracking().Where(d => visible.Contains(d.Id) && (d.Id == thread || d.VersionOf == thread))
            .OrderBy(d => d.Version).ToListAsync(cancellation);
        var json = await documents.JsonAsync(document, cancellation);
        return new ReviewSubject(document, versions, json is null ? [] : FindingItem.ReadAll(json), json is not null);
    }

    /// <summary>The findings of another version of the line (read-only); null until it is checked.</summary>
    public async Task<IReadOnlyList<FindingItem>?> FindingsOfAsync(Storage.Entities.Document version, CancellationToken cancellation) =>
        await documents.JsonAsync(version, cancellation) is { } json ? FindingItem.ReadAll(json) : null;
}
