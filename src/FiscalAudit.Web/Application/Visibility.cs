using System.Security.Claims;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Which batches and documents the logged-in person may see: administrators and reviewers all of them,
/// a 部门用户 only those uploaded for its own 部门/单位, and the documents attributed to that unit or to a
/// 单位 under it — surely or by a reviewer's confirmation, never by a guess (others are as if they did not exist: 404).
/// Outside a request (start-up, workers) everything is visible.
/// </summary>
public sealed class Visibility(IHttpContextAccessor http, AuditDbContext db)
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    /// <summary>The unit a new upload belongs to: the 部门用户's own; null for reviewers.</summary>
    public long? UploadUnit => User is { } user && !Roles.SeesEverything(user) ? AccountClaims.UnitOf(user) : null;

    public IQueryable<Batch> Batches(IQueryable<Batch> batches)
    {
        if (User is not { } user || Roles.SeesEverything(user)) return batches;
        return AccountClaims.UnitOf(user) is { } unit ? batches.Where(b => b.OrgUnitId == unit) : batches.Where(b => false);
    }

    public IQueryable<Document> Documents(IQueryable<Document> documents, IQueryable<Batch> batches)
    {
        if (User is not { } user || Roles.SeesEverything(user)) return documents;
        var visible = Batches(batches).Select(b => b.Id);
        var unit = AccountClaims.UnitOf(user);
        var own = db.OrgUnits.Where(u => u.Id == unit || u.ParentId == unit).Select(u => (long?)u.Id);
        return documents.Where(d => visible.Contains(d.BatchId) || (d.OrgUnitId != null && (d.Attribution == Confidence.High || d.Attribution == Confidence.Confirmed) && own.Contains(d.OrgUnitId)));
    }
}
