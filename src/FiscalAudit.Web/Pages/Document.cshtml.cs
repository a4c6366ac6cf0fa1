using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>One document: who and what it is, and its findings grouped by severity with their location.</summary>
public sealed class DocumentModel(DocumentQueries documents) : PageModel
{
    public Document Document { get; private set; } = null!;

    /// <summary>错误, 警告, 提示 — each with its findings in report order; empty until the document is checked.</summary>
    public IReadOnlyList<(string Severity, IReadOnlyList<FindingItem> Findings)> Groups { get; private set; } = Array.Empty<(string, IReadOnlyList<FindingItem>)>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation)
    {
        if (await documents.FindAsync(id, cancellation) is not { } document) return NotFound();
        Document = document;
        if (await documents.JsonAsync(document, cancellation) is { } json)
        {
            var findings = FindingItem.ReadAll(json);
            Groups = DisplayNames.Severities.Keys
                .Select(severity => (severity, (IReadOnlyList<FindingItem>)findings.Where(f => f.Severity == severity).ToList()))
                .ToList();
        }
        return Page();
    }
}
