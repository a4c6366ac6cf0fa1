using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>A checked document whose unit a reviewer should confirm: what was printed, what was guessed and why.</summary>
public sealed record PendingAttribution(long Id, long BatchId, string File, string? Department, int? Year, string? Kind, long? UnitId, string? UnitName, string Confidence, string? Reason);

/// <summary>
/// The documents attributed with low confidence or not at all, and a reviewer's confirmation or correction of one
/// (after which the document is paired with its unit's previous- and next-year documents, in the background).
/// </summary>
public sealed class AttributionReview(AuditDbContext db, Visibility visibility, ICheckScheduler scheduler)
{
    public async Task<IReadOnlyList<PendingAttribution>> PendingAsync(CancellationToken cancellation)
    {
        var documents = await visibility.Documents(db.Documents, db.Batches).AsNoTracking()
            .Where(d => d.Attribution == Confidence.Low || d.Attribution == Confidence.None)
            .OrderBy(d => d.Id).ToListAsync(cancellation);
        var names = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        return documents.Select(d => new PendingAttribution(d.Id, d.BatchId, d.File, d.Department, d.Year, d.Kind, d.OrgUnitId,
            d.OrgUnitId is { } u ? names.GetValueOrDefault(u) : null, d.Attribution!, d.AttributionReason)).ToList();
    }

    /// <summary>Sets the document's unit as the reviewer chose it; null when there is no such document or unit (Chinese reason).</summary>
    public async Task<string?> ConfirmAsync(long documentId, long unitId, string reviewer, CancellationToken cancellation)
    {
        var visible = visibility.Documents(db.Documents, db.Batches).Select(d => d.Id);
        if (await db.Documents.Where(d => visible.Contains(d.Id)).SingleOrDefaultAsync(d => d.Id == documentId, cancellation) is not { } document)
            return $"没有编号为 {documentId} 的文件。";
        if (document.Status is not (DocumentStatus.Done or DocumentStatus.Failed)) return "该文件还没有审核完，不能确认归属。";
        if (await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellation) is not { } unit) return $"没有编号为 {unitId} 的部门/单位。";
        var moved = document.OrgUnitId != unit.Id;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        document.OrgUnitId = unit.Id;
        document.Attribution = Confidence.Confirmed;
        document.AttributionReason = $"由 {reviewer} 确认归属“{unit.Name}”。";
        var concerned = moved ? await StalePairings.RemoveAsync(db, [document], cancellation) : [document];
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        Attributions.QueuePairing(scheduler, concerned);
        return null;
    }
}
