using FiscalAudit.Core.Model;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// A document's counterparts among checked documents attributed to the same unit: those of the same kind and level
/// one year before or after, and — between a 部门决算 and a budget that is not a 单位预算 — those of the same year.
/// When a unit has several uploads of one year (corrected versions), the latest counts. The other file of a document
/// published as two (narrative and tables, docs/sets.md) is looked for among the same unit's documents of the same kind
/// and year, or — for documents not attributed to a unit — among those uploaded in the same batch.
/// </summary>
public sealed class PreviousYearDocuments(AuditDbContext db)
{
    private static readonly string FinalAccounts = DocumentKind.FinalAccounts.ToJsonName();
    private static readonly string Budget = DocumentKind.Budget.ToJsonName();
    private static readonly string UnitLevel = BudgetLevel.Unit.ToJsonName();
    private static readonly string WholePart = SetPart.Whole.ToJsonName();

    /// <summary>Documents that can be paired: checked, attributed to a unit, with a year and a kind.</summary>
    public IQueryable<Document> Checked() => Finished().Where(d => d.OrgUnitId != null);

    /// <summary>Checked documents with a year and a kind, attributed to a unit or not.</summary>
    public IQueryable<Document> Finished() =>
        db.Documents.Where(d => d.Status == DocumentStatus.Done && d.Year != null && d.Kind != null && d.Hash != null);

    public Task<Document?> PreviousOf(Document document, CancellationToken cancellation) =>
        document.OrgUnitId is null ? Task.FromResult<Document?>(null) : Latest(Series(document, document.Year - 1), cancellation);

    /// <summary>
    /// The documents that may be the other file of <paramref name="document"/>'s set — printing the same department's name
    /// (<see cref="DepartmentNames"/>), and, as far as their checks recorded it, the other part — the latest first; the
    /// engine decides which one is. A whole document has none.
    /// </summary>
    public async Task<List<Document>> SetCandidates(Document document, CancellationToken cancellation)
    {
        if (document.SetPart == WholePart || DepartmentNames.Canonical(document.Department) is not { } department) return [];
        var line = document.VersionOf ?? document.Id; // its corrected versions are the same file again, never its other half
        var candidates = SameYearFiles(document).Where(d => d.Id != line && d.VersionOf != line && d.Hash != document.Hash);
        // A part's other half is the other part; documents checked before parts were recorded (null) are read to tell.
        if (document.SetPart is { } part) candidates = candidates.Where(d => d.SetPart == null || (d.SetPart != WholePart && d.SetPart != part));
        var sameYear = await candidates.OrderByDescending(d => d.Id).ToListAsync(cancellation);
        return sameYear.Where(d => DepartmentNames.Canonical(d.Department) == department).ToList();
    }

    /// <summary>
    /// The files that may pair with <paramref name="document"/> as their set's other half now that it is checked: none
    /// when a later document of the department's year is the same part — a part pairs with the latest of the other part
    /// (<see cref="SetCandidates"/>), and that later one's pairing has them.
    /// </summary>
    private async Task<List<Document>> SetCounterparts(Document document, CancellationToken cancellation)
    {
        if (document.SetPart is { } part && DepartmentNames.Canonical(document.Department) is { } department)
        {
            var later = await SameYearFiles(document).Where(d => d.Id > document.Id && d.SetPart == part).Select(d => d.Department).ToListAsync(cancellation);
            if (later.Any(d => DepartmentNames.Canonical(d) == department)) return [];
        }
        return await SetCandidates(document, cancellation);
    }

    /// <summary>Checked documents of the same kind and year as <paramref name="document"/>: the same unit's, or — not attributed — the same batch's.</summary>
    private IQueryable<Document> SameYearFiles(Document document) =>
        Finished().AsNoTracking().Where(d => d.Kind == document.Kind && d.Year == document.Year
            && (document.OrgUnitId == null ? d.OrgUnitId == null && d.BatchId == document.BatchId : d.OrgUnitId == document.OrgUnitId));

    /// <summary>
    /// The content of the other file of a document's set the document (with content <paramref name="hash"/>) was checked
    /// with; null when it is no set's part, or no document is given.
    /// </summary>
    public Task<string?> SetPartnerHashOf(long? documentId, string? hash, CancellationToken cancellation) =>
        documentId is null ? Task.FromResult<string?>(null)
        : db.PreviousYearChecks.AsNoTracking().Where(p => p.DocumentId == documentId && p.Hash == hash && p.EngineVersion == EngineVersion.Current)
            .Select(p => p.SetHash).FirstOrDefaultAsync(cancellation);

    /// <summary>The same year's budget of a 部门决算; null for other kinds or when the unit has none.</summary>
    public Task<Document?> BudgetOf(Document document, CancellationToken cancellation) =>
        document.Kind == FinalAccounts && document.OrgUnitId is not null ? Latest(SameYear(document, Budget).Where(d => d.Level == null || d.Level != UnitLevel), cancellation) : Task.FromResult<Document?>(null);

    /// <summary>
    /// The documents that may have <paramref name="document"/> as a counterpart: the other files of its set (when
    /// <paramref name="inSets"/>: it is a narrative or a tables part; <see cref="SetCounterparts"/>), its next-year documents
    /// and, for a budget, the same year's 部门决算.
    /// </summary>
    public async Task<List<Document>> CounterpartsFor(Document document, bool inSets, CancellationToken cancellation)
    {
        var set = inSets ? await SetCounterparts(document, cancellation) : [];
        if (document.OrgUnitId is null) return set;
        var next = await Series(document, document.Year + 1).ToListAsync(cancellation);
        if (document.Kind != Budget || document.Level == UnitLevel) return [.. set, .. next];
        return [.. set, .. next, .. await SameYear(document, FinalAccounts).ToListAsync(cancellation)];
    }

    private static Task<Document?> Latest(IQueryable<Document> documents, CancellationToken cancellation) =>
        documents.OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellation);

    private IQueryable<Document> Series(Document document, int? year) =>
        Checked().Where(d => d.OrgUnitId == document.OrgUnitId && d.Kind == document.Kind && d.Level == document.Level && d.Year == year);

    private IQueryable<Document> SameYear(Document document, string kind) =>
        Checked().Where(d => d.OrgUnitId == document.OrgUnitId && d.Kind == kind && d.Year == document.Year);
}
