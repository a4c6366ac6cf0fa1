using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>归属确认: documents attributed with low confidence or not at all, each confirmed or corrected with one click.</summary>
[Authorize(Roles = Roles.Reviewers)]
public sealed class AttributionModel(AttributionReview review, OrgTree tree) : PageModel
{
    public IReadOnlyList<PendingAttribution> Pending { get; private set; } = [];

    public IReadOnlyList<OrgTreeNode> Units { get; private set; } = [];

    public string? Problem { get; private set; }

    [TempData(Key = LostNoticeTempData.NoticeKey)]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation) => await LoadAsync(cancellation);

    public async Task<IActionResult> OnPostAsync(long documentId, long? unitId, CancellationToken cancellation)
    {
        Problem = unitId is not { } unit ? "请选择部门/单位。" : await review.ConfirmAsync(documentId, unit, User.Identity?.Name ?? "", cancellation);
        if (Problem is not null)
        {
            await LoadAsync(cancellation);
            return Page();
        }
        Done = "已确认归属。";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        Pending = await review.PendingAsync(cancellation);
        Units = await tree.ListAsync(cancellation);
    }
}
