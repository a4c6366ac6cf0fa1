using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>审核任务: the documents by review state (待审核, 审核中, 已退回整改, 已通过), each opening its document page.</summary>
public sealed class ReviewsModel(ReviewTasks tasks) : PageModel
{
    public IReadOnlyList<ReviewTask> Tasks { get; private set; } = [];

    /// <summary>The state shown (JSON name); null for all.</summary>
    public string? State { get; private set; }

    public async Task OnGetAsync(string? state, CancellationToken cancellation)
    {
        var chosen = Enum.GetValues<ReviewState>().Where(s => ReviewStateNames.ToName(s) == state).Select(s => (ReviewState?)s).FirstOrDefault();
        State = chosen is { } s ? ReviewStateNames.ToName(s) : null;
        Tasks = await tasks.ListAsync(chosen, cancellation);
    }
}
