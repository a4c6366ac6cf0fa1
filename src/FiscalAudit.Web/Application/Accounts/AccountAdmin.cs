using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>One account as the administrator's list shows it.</summary>
public sealed record AccountRow(string UserName, string Role, string? Unit, DateTimeOffset? LockedUntil);

/// <summary>The administrator's work on accounts and 部门/单位: list them, create them, unlock an account. Failures come back as Chinese messages.</summary>
public sealed class AccountAdmin(AuditDbContext db, UserManager<Account> users, TimeProvider clock)
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
            a.LockoutEnd > now ? a.LockoutEnd : null)).ToList();
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
