using FiscalAudit.Web.Application;
using FiscalAudit.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>批次列表 with the upload form.</summary>
public sealed class IndexModel(BatchQueries batches, WebSettings settings) : PageModel
{
    public IReadOnlyList<BatchSummary> Batches { get; private set; } = Array.Empty<BatchSummary>();

    public WebSettings Settings => settings;

    public async Task OnGetAsync(CancellationToken cancellation) => Batches = await batches.ListAsync(cancellation);
}
