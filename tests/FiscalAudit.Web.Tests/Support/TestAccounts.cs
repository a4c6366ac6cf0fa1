using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Accounts and 部门/单位 made through the administrator's own service, as the 账号管理 page makes them.</summary>
public static class TestAccounts
{
    public const string Password = "部门用户的密码-123";

    /// <summary>The unit's id (created when its code is new).</summary>
    public static async Task<long> UnitAsync(IServiceProvider services, string code, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        if (await db.OrgUnits.SingleOrDefaultAsync(u => u.Code == code) is { } existing) return existing.Id;
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateUnitAsync(code, name, CancellationToken.None));
        return (await db.OrgUnits.SingleAsync(u => u.Code == code)).Id;
    }

    /// <summary>A new account with <see cref="Password"/>.</summary>
    public static async Task CreateAsync(IServiceProvider services, string userName, string role, long? unit = null)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateAccountAsync(userName, Password, role, unit, CancellationToken.None));
    }
}
