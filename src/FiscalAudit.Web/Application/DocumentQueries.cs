using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>One uploaded document the logged-in person may see: its row, its stored check (the JSON document object under its own name) and its bytes.</summary>
public sealed class DocumentQueries(AuditDbContext db, Visibility visibility)
{
    public Task<Document?> FindAsync(long id, CancellationToken cancellation) =>
        visibility.Documents(db.Documents, db.Batches).AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellation);

    /// <summary>
    /// The document object of `check --format json` for this upload (checked with its previous-year document and same-year
    /// budget when it was paired); null while it is not checked.
    /// </summary>
    public async Task<string?> JsonAsync(Document document, CancellationToken cancellation)
    {
        if (document.Hash is null || !document.Status.IsFinished()) return null;
        var stored = await PreviousYearQueries.PairedJsonAsync(db, document, cancellation)
            ?? await db.CheckResults.AsNoTracking().Where(r => r.Hash == document.Hash)
                .OrderByDescending(r => r.CheckedAt).Select(r => r.DocumentJson).FirstOrDefaultAsync(cancellation);
        return stored is null ? null : DocumentJson.WithFile(stored, document.File);
    }

    /// <summary>The previous-year document this upload was checked with, when the person may see it.</summary>
    public async Task<Document?> PreviousYearAsync(Document document, CancellationToken cancellation) =>
        await PreviousYearQueries.PreviousDocumentIdAsync(db, document, cancellation) is long id ? await FindAsync(id, cancellation) : null;

    /// <summary>The same year's budget this 部门决算 was checked with, when the person may see it.</summary>
    public async Task<Document?> SameYearBudgetAsync(Document document, CancellationToken cancellation) =>
        await PreviousYearQueries.BudgetDocumentIdAsync(db, document, cancellation) is long id ? await FindAsync(id, cancellation) : null;

    /// <summary>The other file of the document's set (narrative and tables in two files) it was checked with, when the person may see it.</summary>
    public async Task<Document?> SetPartnerAsync(Document document, CancellationToken cancellation) =>
        await PreviousYearQueries.SetDocumentIdAsync(db, document, cancellation) is long id ? await FindAsync(id, cancellation) : null;

    public async Task<byte[]?> ContentAsync(Document document, CancellationToken cancellation) =>
        document.Hash is null
            ? null
            : await db.StoredFiles.AsNoTracking().Where(f => f.Hash == document.Hash).Select(f => f.Content).SingleOrDefaultAsync(cancellation);
}
