using FiscalAudit.Web.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>The help page of one rule (/rules/FA2004): what it checks, an example and how to fix it.</summary>
public sealed class RuleModel(RuleHelp help) : PageModel
{
    public string Title { get; private set; } = "";

    public string Html { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        if (help.Find(id) is not { } page) return NotFound();
        (Title, Html) = page;
        return Page();
    }
}
