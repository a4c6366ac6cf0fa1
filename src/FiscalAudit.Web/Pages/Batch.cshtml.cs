using FiscalAudit.Web.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>One batch: its documents with their state and counts, updated live while it is checked.</summary>
public sealed class BatchModel(BatchQueries batches) : PageModel
{
    public BatchView Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation)
    {
        if (await batches.FindAsync(id, cancellation) is not { } batch) return NotFound();
        Batch = batch;
        return Page();
    }
}
