using FiscalAudit.Web.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>
/// One batch: its documents with their state and counts, updated live while it is checked; documents checked by an earlier
/// engine can be checked again with the current one.
/// </summary>
public sealed class BatchModel(BatchQueries batches, OutdatedChecks outdated) : PageModel
{
    public BatchView Batch { get; private set; } = null!;

    /// <summary>How many finished documents show a result of an earlier engine.</summary>
    public int Outdated { get; private set; }

    /// <summary>How many of its documents are checked again.</summary>
    public int Rechecking => Batch.Documents.Count(d => d.Rechecking);

    [TempData(Key = LostNoticeTempData.NoticeKey)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation)
    {
        if (await batches.FindAsync(id, cancellation) is not { } batch) return NotFound();
        Batch = batch;
        Outdated = await outdated.CountAsync(id, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostRecheckAsync(long id, CancellationToken cancellation)
    {
        if (await batches.FindAsync(id, cancellation) is null) return NotFound();
        var queued = await outdated.RecheckAsync(id, cancellation);
        Done = queued > 0 ? $"已将 {queued} 个文件交给当前版本重新审核，完成后自动显示新结果。" : "本批次的审核结果已是当前版本，无需重新审核。";
        return RedirectToPage(new { id });
    }
}
