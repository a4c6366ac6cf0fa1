using FiscalAudit.Core.Findings;
using FiscalAudit.Engine.Review;
using FiscalAudit.Reports;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Exports;

/// <summary>
/// 已整改 of a corrected version: the findings of the version it corrects that no longer occur (by finding id,
/// folded ids included), each with the reviewer's decision on it, or 待审核 when none was made.
/// </summary>
public sealed class FixedFindings(AuditDbContext db, DocumentQueries documents)
{
    public async Task<IReadOnlyList<ReviewDecision>> OfAsync(Document version, DocumentReport report, ReviewBook book, CancellationToken cancellation)
    {
        if (version.Version <= 1) return [];
        var thread = ReviewSubject.ThreadOf(version);
        var previous = await db.Documents.AsNoTracking()
            .Where(d => (d.Id == thread || d.VersionOf == thread) && d.Version < version.Version)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellation);
        if (previous is null || await documents.JsonAsync(previous, cancellation) is not { } json) return [];
        var now = report.Findings.SelectMany(f => f.AllIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return FindingItem.ReadAll(json).Where(f => !f.AllIds.Any(now.Contains)).Select(f => book.Find(f.AllIds) is { } decision
                ? decision with { Id = f.Id, Rule = f.Rule, File = previous.File, Message = f.Message }
                : new ReviewDecision(f.Id, ReviewStatus.Open, Rule: f.Rule, File: previous.File, Message: f.Message))
            .ToList();
    }
}
