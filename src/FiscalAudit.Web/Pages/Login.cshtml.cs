using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FiscalAudit.Web.Pages;

/// <summary>登录: user name and password; back to the page that asked for the login.</summary>
[AllowAnonymous]
public sealed class LoginModel(LoginCheck logins, SignInManager<Account> signIn) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await logins.CheckAsync(UserName, Password);
        if (result.Account is not { } account)
        {
            Refusal = result.Refusal;
            return Page();
        }
        await signIn.SignInAsync(account, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
