using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>
/// One document: who and what it is, its findings grouped by part and severity from the stored JSON, and
/// beside them the document itself (the PDF pages drawn by pdf.js, or the source lines as the engine read them). A result
/// made by an earlier engine says so and can be checked again with the current one.
/// </summary>
public sealed class DocumentModel(DocumentQueries documents, DocumentReader reader, ReviewSubjects subjects, ReviewOverview overview, OutdatedChecks outdated) : PageModel
{
    public Document Document { get; private set; } = null!;

    /// <summary>The findings by part and severity; null until the document is checked.</summary>
    public FindingGroups? Findings { get; private set; }

    /// <summary>The stored file as the engine reads it; null until the document is checked.</summary>
    public DocumentReading? Reading { get; private set; }

    /// <summary>The same unit's previous-year document this one was checked with; null when it was not paired.</summary>
    public Document? PreviousYear { get; private set; }

    /// <summary>The same unit's budget of the same year this 部门决算 was checked with; null when it was not paired.</summary>
    public Document? SameYearBudget { get; private set; }

    /// <summary>The review panel: state and its actions, versions, the comparison with the version before, decisions, history.</summary>
    public ReviewView Review { get; private set; } = null!;

    /// <summary>The other file of this document's set (narrative and tables published as two files) it was checked with; null when it was not.</summary>
    public Document? SetPartner { get; private set; }

    /// <summary>The engine version that made the shown result when that is an earlier one; null when it is current.</summary>
    public string? EarlierEngine { get; private set; }

    [TempData(Key = LostNoticeTempData.NoticeKey)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation)
    {
        if (await documents.FindAsync(id, cancellation) is not { } document) return NotFound();
        Document = document;
        PreviousYear = await documents.PreviousYearAsync(document, cancellation);
        SameYearBudget = await documents.SameYearBudgetAsync(document, cancellation);
        SetPartner = await documents.SetPartnerAsync(document, cancellation);
        EarlierEngine = await outdated.EarlierEngineAsync(document, cancellation);
        var stored = await documents.JsonAsync(document, cancellation);
        Review = await overview.BuildAsync(await subjects.OfAsync(document, stored, cancellation), cancellation);
        if (stored is { } json)
        {
            Reading = DocumentReading.FromStoredJson(json);
            if (Reading is null && await documents.ContentAsync(document, cancellation) is { } content)
                Reading = (await Task.Run(() => reader.Read(document.Hash!, document.File, content), cancellation)).WithStoredParts(json);
            if (Reading is not null) Findings = FindingGroups.Of(FindingItem.ReadAll(json), Reading);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRecheckAsync(long id, CancellationToken cancellation)
    {
        if (await documents.FindAsync(id, cancellation) is null) return NotFound();
        Done = await outdated.RecheckDocumentAsync(id, cancellation) switch
        {
            0 => "本文件的审核结果已是当前版本，无需重新审核。",
            1 => "已将本文件交给当前版本重新审核，完成后此处显示新结果；原结果和对问题所作的审核决定均保留。",
            var queued => $"已将本文件及内容相同的其他 {queued - 1} 个文件交给当前版本重新审核，完成后此处显示新结果；原结果和对问题所作的审核决定均保留。",
        };
        return RedirectToPage(new { id });
    }
}
