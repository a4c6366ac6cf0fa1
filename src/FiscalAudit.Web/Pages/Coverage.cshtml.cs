using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>覆盖台账: per year, every unit's expected, received, checked, reviewed and erroneous documents; missing and late ones marked; the year's due dates set here.</summary>
[Authorize(Roles = Roles.Reviewers)]
public sealed class CoverageModel(CoverageLedger ledger, DueDates dueDates) : PageModel
{
    public CoverageView? View { get; private set; }

    /// <summary>Why the due date was not saved (Chinese); null when it was.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellation) => View = await ledger.BuildAsync(year, cancellation);

    /// <summary>Sets (or, left empty, clears) a kind's due date for the year shown; a date that cannot be read is refused, never taken for empty.</summary>
    public async Task<IActionResult> OnPostDueAsync(int year, string? kind, string? date, CancellationToken cancellation)
    {
        Problem = DueDateText.TryRead(date, out var due, out var problem) ? await dueDates.SetAsync(year, kind, due, cancellation) : problem;
        if (Problem is null) return RedirectToPage(new { year });
        View = await ledger.BuildAsync(year, cancellation);
        return Page();
    }
}
