using System.Security.Claims;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Which batches and documents the logged-in person may see: administrators and reviewers all of them;
/// a 部门用户 the batches uploaded for its own 部门/单位 (with all their documents), and the documents
/// attributed to that unit or to a 单位 under it — surely or by a reviewer's confirmation, never by a
/// guess — with the batches that hold them (showing only those documents). Others are as if they did
/// not exist: 404. Outside a request (start-up, workers) everything is visible.
/// </summary>
public sealed class Visibility(IHttpContextAccessor http, AuditDbContext db)
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    /// <summary>The unit a new upload belongs to: the 部门用户's own; null for reviewers.</summary>
    public long? UploadUnit => User is { } user && !Roles.SeesEverything(user) ? AccountClaims.UnitOf(user) : null;

    public IQueryable<Batch> Batches(IQueryable<Batch> batches)
    {
        if (User is not { } user || Roles.SeesEverything(user)) return batches;
        if (AccountClaims.UnitOf(user) is not { } unit) return batches.Where(b => false);
        var holding = AttributedTo(unit).Select(d => d.BatchId);
        return batches.Where(b => b.OrgUnitId == unit || holding.Contains(b.Id));
    }

    public IQueryable<Document> Documents(IQueryable<Document> documents, IQueryable<Batch> batches)
    {
        if (User is not { } user || Roles.SeesEverything(user)) return documents;
        if (AccountClaims.UnitOf(user) is not { } unit) return documents.Where(d => false);
        var uploaded = batches.Where(b => b.OrgUnitId == unit).Select(b => b.Id);
        var attributed = AttributedTo(unit).Select(d => d.Id);
        return documents.Where(d => uploaded.Contains(d.BatchId) || attributed.Contains(d.Id));
    }

    /// <summary>The documents attributed, surely or by confirmation, to the unit or to a 单位 under it.</summary>
    private IQueryable<Document> AttributedTo(long unit)
    {
        var own = db.OrgUnits.Where(u => u.Id == unit || u.ParentId == unit).Select(u => (long?)u.Id);
        return db.Documents.Where(d => d.OrgUnitId != null && (d.Attribution == Confidence.High || d.Attribution == Confidence.Confirmed) && own.Contains(d.OrgUnitId));
    }
}
