using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages.Admin;

/// <summary>组织机构 (administrators only): the tree, an import form and an edit form per unit.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class OrgModel(OrgTree tree, OrgTreeImport import) : PageModel
{
    public IReadOnlyList<OrgTreeNode> Units { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData(Key = LostNoticeTempData.NoticeKey)]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation) => Units = await tree.ListAsync(cancellation);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken cancellation)
    {
        if (upload is null) return await ShowAsync(["请选择要导入的 .csv 或 .xlsx 文件。"], cancellation);
        using var content = new MemoryStream();
        await upload.CopyToAsync(content, cancellation);
        var outcome = await import.ImportAsync(Path.GetFileName(upload.FileName), content.ToArray(), cancellation);
        if (outcome.Problems.Count > 0) return await ShowAsync(outcome.Problems, cancellation);
        Done = $"已导入“{Path.GetFileName(upload.FileName)}”：新增 {outcome.Added} 个，更新 {outcome.Updated} 个部门/单位。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEditAsync(long id, string? name, string? parentCode, string? aliases, CancellationToken cancellation)
    {
        var problems = await tree.UpdateAsync(id, name, aliases, parentCode, cancellation);
        if (problems.Count > 0) return await ShowAsync(problems, cancellation);
        Done = $"已保存“{name?.Trim()}”。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellation)
    {
        var (problems, name) = await tree.DeleteAsync(id, cancellation);
        if (problems.Count > 0) return await ShowAsync(problems, cancellation);
        Done = $"已删除“{name}”。";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<string> problems, CancellationToken cancellation)
    {
        Problems = problems;
        Units = await tree.ListAsync(cancellation);
        return Page();
    }
}
