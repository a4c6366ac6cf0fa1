using System.Security.Cryptography;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Identity;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>
/// At start: the three roles exist, and while no administrator does, user `admin` is created with the
/// password in FISCALAUDIT_ADMIN_PASSWORD, or a generated one printed this once.
/// </summary>
public sealed class FirstAdministrator(UserManager<Account> users, RoleManager<IdentityRole> roles, IConfiguration configuration)
{
    public const string UserName = "admin";

    public const string PasswordVariable = "FISCALAUDIT_ADMIN_PASSWORD";

    /// <summary>Letters and digits that cannot be mistaken for one another when copied by hand.</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Null when all is in place; else the Chinese reason the application cannot start.</summary>
    public async Task<string?> EnsureAsync(TextWriter console)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role) && !(await roles.CreateAsync(new IdentityRole(role))).Succeeded && !await roles.RoleExistsAsync(role))
                return $"无法创建角色“{role}”。";
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return null;

        if (await users.FindByNameAsync(UserName) is { } existing)
        {
            await users.AddToRoleAsync(existing, Roles.Admin);
            console.WriteLine($"没有管理员：账号 {UserName} 已设为管理员（密码不变）。");
            return null;
        }
        var given = configuration[PasswordVariable];
        var password = string.IsNullOrEmpty(given) ? RandomNumberGenerator.GetString(Alphabet, 16) : given;
        var admin = new Account { UserName = UserName };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            return $"无法创建管理员账号 {UserName}：{string.Join("；", created.Errors.Select(e => e.Description))}" +
                (string.IsNullOrEmpty(given) ? "" : $"（密码取自环境变量 {PasswordVariable}）");
        await users.AddToRoleAsync(admin, Roles.Admin);
        console.WriteLine(string.IsNullOrEmpty(given)
            ? $"已创建管理员账号 {UserName}，初始密码：{password}\n此密码只显示这一次，请立即记下。也可以在首次启动前设置环境变量 {PasswordVariable} 指定管理员密码。"
            : $"已创建管理员账号 {UserName}，密码为环境变量 {PasswordVariable} 的值。");
        return null;
    }
}
