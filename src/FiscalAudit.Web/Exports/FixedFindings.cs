using FiscalAudit.Core.Findings;
using FiscalAudit.Engine.Review;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Exports;

/// <summary>
/// 已整改 of a corrected version: the findings of the version it corrects that no longer occur (<see cref="VersionComparison"/>,
/// as the document page shows them), each with the reviewer's decision on it, or 待审核 when none was made.
/// </summary>
public sealed class FixedFindings(AuditDbContext db, DocumentQueries documents)
{
    public async Task<IReadOnlyList<ReviewDecision>> OfAsync(Document version, ReviewBook book, CancellationToken cancellation)
    {
        if (version.Version <= 1) return [];
        var thread = ReviewSubject.ThreadOf(version);
        var previous = await db.Documents.AsNoTracking()
            .Where(d => (d.Id == thread || d.VersionOf == thread) && d.Version < version.Version)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellation);
        if (previous is null || await documents.JsonAsync(previous, cancellation) is not { } before
            || await documents.JsonAsync(version, cancellation) is not { } now) return [];
        return VersionComparison.Of(FindingItem.ReadAll(before), FindingItem.ReadAll(now)).Fixed.Select(f => book.Find(f.AllIds) is { } decision
                ? decision with { Id = f.Id, Rule = f.Rule, File = previous.File, Message = f.Message }
                : new ReviewDecision(f.Id, ReviewStatus.Open, Rule: f.Rule, File: previous.File, Message: f.Message))
            .ToList();
    }
}
