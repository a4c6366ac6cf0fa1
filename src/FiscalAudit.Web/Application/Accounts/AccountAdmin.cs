using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>One account as the administrator's list shows it.</summary>
public sealed record AccountRow(string UserName, string Role, string? Unit, DateTimeOffset? LockedUntil, bool Disabled);

/// <summary>
/// The administrator's work on accounts and 部门/单位: list them, create them, unlock, disable or enable an
/// account, set its password (disabling and a new password revoke the account's tokens and end its
/// cookies). Failures come back as Chinese messages.
/// </summary>
public sealed class AccountAdmin(AuditDbContext db, UserManager<Account> users, TokenRevocation tokens, TimeProvider clock)
{
    public Task<List<OrgUnit>> UnitsAsync(CancellationToken cancellation) =>
        db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellation);

    public async Task<IReadOnlyList<AccountRow>> AccountsAsync(CancellationToken cancellation)
    {
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellation);
        var roleOf = await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select new { link.UserId, role.Name })
            .ToDictionaryAsync(r => r.UserId, r => r.Name ?? "", cancellation);
        var accounts = await db.Users.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(cancellation);
        var now = clock.GetUtcNow();
        return accounts.Select(a => new AccountRow(a.UserName ?? "", roleOf.GetValueOrDefault(a.Id, "—"),
            a.OrgUnitId is { } unit ? units.GetValueOrDefault(unit) : null,
            a.LockoutEnd > now ? a.LockoutEnd : null, a.Disabled)).ToList();
    }

    /// <summary>A new account with one role; a 部门用户 needs its 部门/单位. Empty when created.</summary>
    public async Task<IReadOnlyList<string>> CreateAccountAsync(string? userName, string? password, string? role, long? unitId, CancellationToken cancellation)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length == 0) return ["请填写用户名。"];
        if (role is null || !Roles.All.Contains(role)) return ["请选择角色。"];
        if (role == Roles.Department && (unitId is null || !await db.OrgUnits.AnyAsync(u => u.Id == unitId, cancellation)))
            return ["部门用户需要选择所属的部门/单位。"];
        var account = new Account { UserName = name, OrgUnitId = role == Roles.Department ? unitId : null };
        var created = await users.CreateAsync(account, password ?? "");
        if (!created.Succeeded) return created.Errors.Select(e => e.Description).ToList();
        var added = await users.AddToRoleAsync(account, role);
        return added.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>Ends a lockout before its time and forgets the failed logins. Empty when done.</summary>
    public async Task<IReadOnlyList<string>> UnlockAsync(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName) || await users.FindByNameAsync(userName) is not { } account) return [$"没有账号“{userName}”。"];
        account.FailedLoginsSince = null;
        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        var updated = await users.UpdateAsync(account);
        return updated.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>Disables (no login; its tokens revoked, its cookies ended) or enables an account. Empty when done.</summary>
    public async Task<IReadOnlyList<string>> SetDisabledAsync(string? userName, bool disabled, string actingUser, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(userName) || await users.FindByNameAsync(userName) is not { } account) return [$"没有账号“{userName}”。"];
        if (disabled && account.UserName == actingUser) return ["不能停用自己正在使用的账号。"];
        account.Disabled = disabled;
        var updated = await users.UpdateAsync(account);
        if (!updated.Succeeded) return updated.Errors.Select(e => e.Description).ToList();
        return disabled ? await EndSessionsAsync(account, cancellation) : [];
    }

    /// <summary>Gives an account a new password; its tokens are revoked and its cookies ended. Empty when done.</summary>
    public async Task<IReadOnlyList<string>> SetPasswordAsync(string? userName, string? password, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(userName) || await users.FindByNameAsync(userName) is not { } account) return [$"没有账号“{userName}”。"];
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
            problems.AddRange((await validator.ValidateAsync(users, account, password ?? "")).Errors.Select(e => e.Description));
        if (problems.Count > 0) return problems;
        // Saved with the new security stamp below.
        account.PasswordHash = users.PasswordHasher.HashPassword(account, password!);
        return await EndSessionsAsync(account, cancellation);
    }

    /// <summary>Revokes the account's tokens and renews its security stamp, which ends its login cookies.</summary>
    private async Task<IReadOnlyList<string>> EndSessionsAsync(Account account, CancellationToken cancellation)
    {
        await tokens.RevokeAllAsync(account.Id, cancellation);
        var stamped = await users.UpdateSecurityStampAsync(account);
        return stamped.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>A new 部门/单位 with a unique code. Empty when created.</summary>
    public async Task<IReadOnlyList<string>> CreateUnitAsync(string? code, string? name, CancellationToken cancellation)
    {
        var (c, n) = (code?.Trim() ?? "", name?.Trim() ?? "");
        if (c.Length == 0 || n.Length == 0) return ["请填写部门/单位的编码和名称。"];
        if (c.Length > 64 || n.Length > 200) return ["编码最多 64 个字符，名称最多 200 个字符。"];
        if (await db.OrgUnits.AnyAsync(u => u.Code == c, cancellation)) return [$"编码“{c}”已被使用。"];
        db.OrgUnits.Add(new OrgUnit { Code = c, Name = n });
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Created at the same moment by another administrator: the unique index refused the second.
            return [$"编码“{c}”已被使用。"];
        }
        return [];
    }
}
