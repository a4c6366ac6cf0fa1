using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Review;

/// <summary>A document on the 审核任务 list: its latest version and where its review stands; its errors are null while it is checked again; template: a blank template (only its completeness was checked).</summary>
public sealed record ReviewTask(long Id, string File, string? Department, int? Year, string? Kind, string? Level, int Version, int? Errors, ReviewState State, DateTime? Checked, bool Template);

/// <summary>
/// The latest version of every checked document the logged-in person may see, by review state: a reviewer
/// finds what waits for review, a department what was sent back to it. One being checked again stays on the list.
/// </summary>
public sealed class ReviewTasks(AuditDbContext db, Visibility visibility)
{
    /// <summary>The list is for reading on one page: the oldest beyond this many are left out.</summary>
    public const int Limit = 1000;

    public async Task<IReadOnlyList<ReviewTask>> ListAsync(ReviewState? state, CancellationToken cancellation)
    {
        var documents = visibility.Documents(db.Documents, db.Batches).AsNoTracking()
            .Where(d => (d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed || (d.Status != DocumentStatus.Rejected && d.FinishedAt != null))
                        && !db.Documents.Any(v => v.VersionOf == (d.VersionOf ?? d.Id) && v.Version > d.Version));
        if (state is { } only) documents = documents.Where(d => d.ReviewState == only);
        return await documents.OrderByDescending(d => d.Id).Take(Limit)
            .Select(d => new { d, Current = d.Status == DocumentStatus.Done || d.Status == DocumentStatus.Failed })
            .Select(x => new ReviewTask(x.d.Id, x.d.File, x.d.Department, x.d.Year, x.d.Kind, x.d.Level, x.d.Version,
                x.Current ? x.d.Errors : null, x.d.ReviewState, x.d.FinishedAt, x.Current && x.d.IsTemplate))
            .ToListAsync(cancellation);
    }
}
