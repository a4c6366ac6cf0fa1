using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Identity;

namespace FiscalAudit.Web.Application.Accounts;

public enum LoginOutcome
{
    Success,
    Invalid,
    LockedOut,
    Disabled,
}

/// <summary>How a login went; <see cref="Account"/> is set on success only.</summary>
public sealed record LoginResult(LoginOutcome Outcome, Account? Account = null, DateTimeOffset? LockedUntil = null)
{
    /// <summary>What the person is told when the login did not succeed.</summary>
    public string Refusal => Outcome switch
    {
        LoginOutcome.LockedOut => $"连续登录失败次数过多，账号已锁定，请于 {LockedUntil?.ToLocalTime():HH:mm} 后再试（或请管理员解锁）。",
        LoginOutcome.Disabled => "账号已停用，请联系管理员。",
        _ => "用户名或密码不正确。",
    };
}

/// <summary>
/// Checks a user name and password for the login page and the token endpoint alike: Identity's
/// password hash, and lockout — <see cref="MaxFailures"/> failures within <see cref="Window"/> lock the
/// account for <see cref="Window"/> (failures older than the window no longer count).
/// </summary>
public sealed class LoginCheck(UserManager<Account> users, TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public async Task<LoginResult> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return new LoginResult(LoginOutcome.Invalid);
        var account = await users.FindByNameAsync(userName.Trim());
        if (account is null)
        {
            // As long as for a real account, so that timing does not tell which names exist.
            users.PasswordHasher.HashPassword(new Account(), password);
            return new LoginResult(LoginOutcome.Invalid);
        }
        if (await users.IsLockedOutAsync(account)) return Locked(account);
        if (await users.CheckPasswordAsync(account, password))
        {
            await ForgetFailuresAsync(account);
            // Told only to whom knows the password: a disabled name is not revealed by a guess.
            return account.Disabled ? new LoginResult(LoginOutcome.Disabled) : new LoginResult(LoginOutcome.Success, account);
        }
        return await FailedAsync(account);
    }

    private async Task<LoginResult> FailedAsync(Account account)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (account.FailedLoginsSince is not { } since || now - since > Window)
        {
            await users.ResetAccessFailedCountAsync(account);
            account.FailedLoginsSince = now;
        }
        await users.AccessFailedAsync(account);
        if (!await users.IsLockedOutAsync(account)) return new LoginResult(LoginOutcome.Invalid);
        await ForgetFailuresAsync(account);
        return Locked(account);
    }

    private async Task ForgetFailuresAsync(Account account)
    {
        if (account.FailedLoginsSince is null && account.AccessFailedCount == 0) return;
        account.FailedLoginsSince = null;
        account.AccessFailedCount = 0;
        await users.UpdateAsync(account);
    }

    private static LoginResult Locked(Account account) => new(LoginOutcome.LockedOut, LockedUntil: account.LockoutEnd);
}
