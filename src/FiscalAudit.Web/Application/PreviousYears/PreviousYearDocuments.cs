using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// A document's counterparts of other years: checked documents attributed to the same unit, of the same kind and
/// level, one year before or after. When a unit has several uploads of one year (corrected versions), the
/// latest counts.
/// </summary>
public sealed class PreviousYearDocuments(AuditDbContext db)
{
    /// <summary>Documents that can be paired: checked, attributed to a unit, with a year and a kind.</summary>
    public IQueryable<Document> Checked() =>
        db.Documents.Where(d => d.Status == DocumentStatus.Done && d.OrgUnitId != null && d.Year != null && d.Kind != null && d.Hash != null);

    public Task<Document?> PreviousOf(Document document, CancellationToken cancellation) =>
        Series(document, document.Year - 1).OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellation);

    public Task<List<Document>> NextOf(Document document, CancellationToken cancellation) =>
        Series(document, document.Year + 1).ToListAsync(cancellation);

    private IQueryable<Document> Series(Document document, int? year) =>
        Checked().Where(d => d.OrgUnitId == document.OrgUnitId && d.Kind == document.Kind && d.Level == document.Level && d.Year == year);
}
