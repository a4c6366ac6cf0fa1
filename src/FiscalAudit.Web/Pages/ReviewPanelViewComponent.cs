using FiscalAudit.Web.Application.Review;
using Microsoft.AspNetCore.Mvc;

namespace FiscalAudit.Web.Pages;

/// <summary>The document page's review panel: state and its actions, versions, the comparison with the version before, decisions file, history.</summary>
public sealed class ReviewPanelViewComponent(ReviewOverview overview) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long documentId) =>
        await overview.BuildAsync(documentId, HttpContext.RequestAborted) is { } view ? View(view) : Content("");
}
