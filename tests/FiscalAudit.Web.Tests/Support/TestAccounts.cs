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

    /// <summary>
    /// Two departments, 某区财政局 (101) and 某区教育局 (102), each with a 部门用户 (财政局填报人, 教育局填报人):
    /// the finance bureau's unit and the two users' clients (the caller disposes them).
    /// </summary>
    public static async Task<(long Finance, HttpClient Own, HttpClient Other)> TwoDepartmentsAsync(WebAppFactory app)
    {
        var finance = await UnitAsync(app.Services, "101", "某区财政局");
        var education = await UnitAsync(app.Services, "102", "某区教育局");
        await CreateAsync(app.Services, "财政局填报人", Roles.Department, finance);
        await CreateAsync(app.Services, "教育局填报人", Roles.Department, education);
        return (finance, app.SignedInClient("财政局填报人", Password), app.SignedInClient("教育局填报人", Password));
    }
}
