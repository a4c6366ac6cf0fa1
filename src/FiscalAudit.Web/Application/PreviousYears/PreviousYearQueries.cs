using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>What the document page and API read of a document's pairing with its previous-year document, same-year budget and the other file of its set.</summary>
public static class PreviousYearQueries
{
    /// <summary>The JSON of the paired check, when it was made from the document's content with this engine; else null.</summary>
    public static Task<string?> PairedJsonAsync(AuditDbContext db, Document document, CancellationToken cancellation) =>
        Current(db, document).Select(p => p.DocumentJson).FirstOrDefaultAsync(cancellation);

    /// <summary>The id of the previous-year document the document was checked with; null when it was not paired with one.</summary>
    public static Task<long?> PreviousDocumentIdAsync(AuditDbContext db, Document document, CancellationToken cancellation) =>
        Current(db, document).Select(p => p.PreviousDocumentId).FirstOrDefaultAsync(cancellation);

    /// <summary>The id of the same year's budget the document was checked with; null when it was not paired with one.</summary>
    public static Task<long?> BudgetDocumentIdAsync(AuditDbContext db, Document document, CancellationToken cancellation) =>
        Current(db, document).Select(p => p.BudgetDocumentId).FirstOrDefaultAsync(cancellation);

    /// <summary>The id of the other file of the document's set it was checked with; null when it was not checked in a set.</summary>
    public static Task<long?> SetDocumentIdAsync(AuditDbContext db, Document document, CancellationToken cancellation) =>
        Current(db, document).Select(p => p.SetDocumentId).FirstOrDefaultAsync(cancellation);

    /// <summary>The document's pairing, when it was made from the document's content with this engine.</summary>
    public static IQueryable<PreviousYearCheck> Current(AuditDbContext db, Document document) =>
        db.PreviousYearChecks.AsNoTracking().Where(p => p.DocumentId == document.Id && p.Hash == document.Hash && p.EngineVersion == EngineVersion.Current);
}
