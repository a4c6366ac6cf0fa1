using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>Loads the version of a document the logged-in person may see, with its line of versions and its findings.</summary>
public sealed class ReviewSubjects(AuditDbContext db, Visibility visibility, DocumentQueries documents)
{
    /// <summary>The subject (its document tracked for changes); null when the person may not see such a document.</summary>
    public async Task<ReviewSubject?> FindAsync(long id, CancellationToken cancellation)
    {
        var visible = Visible;
        if (await db.Documents.Where(d => visible.Contains(d.Id)).SingleOrDefaultAsync(d => d.Id == id, cancellation) is not { } document) return null;
        return await OfAsync(document, await documents.JsonAsync(document, cancellation), cancellation);
    }

    /// <summary>
    /// The subject of a document already read with its stored JSON (null while it is not checked), so that a page showing
    /// both reads the document once and cannot show it checked in one place and waiting in another.
    /// </summary>
    public async Task<ReviewSubject> OfAsync(Storage.Entities.Document document, string? json, CancellationToken cancellation)
    {
        var visible = Visible;
        var thread = ReviewSubject.ThreadOf(document);
        var versions = await db.Documents.AsNoTracking().Where(d => visible.Contains(d.Id) && (d.Id == thread || d.VersionOf == thread))
            .OrderBy(d => d.Version).ToListAsync(cancellation);
        return new ReviewSubject(document, versions, json is null ? [] : FindingItem.ReadAll(json), json is not null);
    }

    /// <summary>The ids of the documents the person may see.</summary>
    private IQueryable<long> Visible => visibility.Documents(db.Documents, db.Batches).Select(d => d.Id);

    /// <summary>The findings of another version of the line (read-only); null until it is checked.</summary>
    public async Task<IReadOnlyList<FindingItem>?> FindingsOfAsync(Storage.Entities.Document version, CancellationToken cancellation) =>
        await documents.JsonAsync(version, cancellation) is { } json ? FindingItem.ReadAll(json) : null;
}
