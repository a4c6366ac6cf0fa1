using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages.Admin;

/// <summary>账号管理 (administrators only): the accounts and 部门/单位, and forms that create them.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class UsersModel(AccountAdmin admin) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData(Key = LostNoticeTempData.NoticeKey)]
    public string? Done { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public long? UnitId { get; set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? UnitName { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation) => await LoadAsync(cancellation);

    public async Task<IActionResult> OnPostAccountAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.CreateAccountAsync(UserName, Password, Role, UnitId, cancellation), $"已创建账号“{UserName?.Trim()}”（{Role}）。", cancellation);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.UnlockAsync(UserName), $"已解锁账号“{UserName}”。", cancellation);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.SetDisabledAsync(UserName, true, User.Identity?.Name ?? "", cancellation), $"已停用账号“{UserName}”，其令牌和登录均已失效。", cancellation);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.SetDisabledAsync(UserName, false, User.Identity?.Name ?? "", cancellation), $"已启用账号“{UserName}”。", cancellation);

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.SetPasswordAsync(UserName, Password, cancellation), $"已为账号“{UserName}”设置新密码，其原有令牌和登录均已失效。", cancellation);

    public async Task<IActionResult> OnPostUnitAsync(CancellationToken cancellation) =>
        await AnswerAsync(await admin.CreateUnitAsync(UnitCode, UnitName, cancellation), $"已添加部门/单位“{UnitName?.Trim()}”。", cancellation);

    /// <summary>Back to the list once done (a reload does not post again); the form again with its problems otherwise.</summary>
    private async Task<IActionResult> AnswerAsync(IReadOnlyList<string> problems, string done, CancellationToken cancellation)
    {
        if (problems.Count == 0)
        {
            Done = done;
            return RedirectToPage();
        }
        Problems = problems;
        await LoadAsync(cancellation);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        Accounts = await admin.AccountsAsync(cancellation);
        Units = await admin.UnitsAsync(cancellation);
    }
}
