using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>覆盖台账: per year, every unit's expected, received, checked and erroneous documents; missing ones marked.</summary>
[Authorize(Roles = Roles.Reviewers)]
public sealed class CoverageModel(CoverageLedger ledger) : PageModel
{
    public CoverageView? View { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellation) => View = await ledger.BuildAsync(year, cancellation);
}
