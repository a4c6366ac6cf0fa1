using FiscalAudit.Core.Model;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// A document's counterparts among checked documents attributed to the same unit: those of the same kind and level
/// one year before or after, and — between a 部门决算 and a budget that is not a 单位预算 — those of the same year.
/// When a unit has several uploads of one year (corrected versions), the latest counts.
/// </summary>
public sealed class PreviousYearDocuments(AuditDbContext db)
{
    private static readonly string FinalAccounts = DocumentKind.FinalAccounts.ToJsonName();
    private static readonly string Budget = DocumentKind.Budget.ToJsonName();
    private static readonly string UnitLevel = BudgetLevel.Unit.ToJsonName();

    /// <summary>Documents that can be paired: checked, attributed to a unit, with a year and a kind.</summary>
    public IQueryable<Document> Checked() =>
        db.Documents.Where(d => d.Status == DocumentStatus.Done && d.OrgUnitId != null && d.Year != null && d.Kind != null && d.Hash != null);

    public Task<Document?> PreviousOf(Document document, CancellationToken cancellation) =>
        Latest(Series(document, document.Year - 1), cancellation);

    /// <summary>The same year's budget of a 部门决算; null for other kinds or when the unit has none.</summary>
    public Task<Document?> BudgetOf(Document document, CancellationToken cancellation) =>
        document.Kind == FinalAccounts ? Latest(SameYear(document, Budget).Where(d => d.Level == null || d.Level != UnitLevel), cancellation) : Task.FromResult<Document?>(null);

    /// <summary>The documents that may have <paramref name="document"/> as a counterpart: its next-year documents and, for a budget, the same year's 部门决算.</summary>
    public async Task<List<Document>> CounterpartsFor(Document document, CancellationToken cancellation)
    {
        var next = await Series(document, document.Year + 1).ToListAsync(cancellation);
        if (document.Kind != Budget || document.Level == UnitLevel) return next;
        return [.. next, .. await SameYear(document, FinalAccounts).ToListAsync(cancellation)];
    }

    private static Task<Document?> Latest(IQueryable<Document> documents, CancellationToken cancellation) =>
        documents.OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellation);

    private IQueryable<Document> Series(Document document, int? year) =>
        Checked().Where(d => d.OrgUnitId == document.OrgUnitId && d.Kind == document.Kind && d.Level == document.Level && d.Year == year);

    private IQueryable<Document> SameYear(Document document, string kind) =>
        Checked().Where(d => d.OrgUnitId == document.OrgUnitId && d.Kind == kind && d.Year == document.Year);
}
