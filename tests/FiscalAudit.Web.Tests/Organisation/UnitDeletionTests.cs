using System.Net;
using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Support;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// Deleting a unit of the organisation tree: refused in Chinese, naming what depends on it, while
/// documents are attributed to it, accounts belong to it or 单位 sit under it; done when nothing does.
/// Administrators only.
/// </summary>
public sealed class UnitDeletionTests
{
    [Fact]
    public async Task A_unit_is_deleted_only_when_nothing_depends_on_it()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var attributed = await TestAccounts.UnitAsync(app.Services, "501", "示例市示例管理局");
        var parent = await TestAccounts.UnitAsync(app.Services, "502", "某区教育局");
        var staffed = await TestAccounts.UnitAsync(app.Services, "503", "某区卫生健康委员会");
        var empty = await TestAccounts.UnitAsync(app.Services, "504", "某区已撤销的单位");
        var another = await TestAccounts.UnitAsync(app.Services, "505", "某区另一个撤销单位");
        await TestAccounts.CreateAsync(app.Services, "卫健委", Roles.Department, staffed);
        await TestAccounts.CreateAsync(app.Services, "审核员", Roles.Reviewer);
        var school = await TestAccounts.UnitAsync(app.Services, "50201", "某区第一中学");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<OrgTree>().UpdateAsync(school, "某区第一中学", "", "502", CancellationToken.None));
        await WebApi.DoneAsync(admin, await WebApi.UploadBatchAsync(admin, ("决算.txt", await File.ReadAllBytesAsync(CliFindings.Example))));

        await AssertRefusedAsync(admin, attributed, "“示例市示例管理局”下还有 1 份归属于它的文件");
        await AssertRefusedAsync(admin, parent, "“某区教育局”下还有 1 个下级单位");
        await AssertRefusedAsync(admin, staffed, "“某区卫生健康委员会”下还有 1 个部门用户账号");

        using var reviewer = app.SignedInClient("审核员", TestAccounts.Password);
        using var department = app.SignedInClient("卫健委", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.DeleteAsync($"/api/org/{empty}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await department.DeleteAsync($"/api/org/{empty}")).StatusCode);

        var deleted = await admin.DeleteAsync($"/api/org/{empty}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var codes = (await WebApi.GetAsync(admin, "/api/org")).GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("504", codes);
        Assert.Contains("501", codes);
        var gone = await admin.DeleteAsync($"/api/org/{empty}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("没有编号为", await gone.Content.ReadAsStringAsync());

        // The 组织机构 page deletes the same way, and shows why it will not.
        using var page = await app.PageClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(page, "/admin/org", "/admin/org?handler=Delete", new Dictionary<string, string> { ["Id"] = $"{another}" })).StatusCode);
        Assert.Contains("已删除“某区另一个撤销单位”", await page.GetStringAsync("/admin/org"));
        var refused = await PageForms.PostAsync(page, "/admin/org", "/admin/org?handler=Delete", new Dictionary<string, string> { ["Id"] = $"{attributed}" });
        Assert.Contains("份归属于它的文件", await refused.Content.ReadAsStringAsync());
    }

    private static async Task AssertRefusedAsync(HttpClient admin, long unit, string reason)
    {
        var response = await admin.DeleteAsync($"/api/org/{unit}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {body}");
        Assert.StartsWith(reason, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }
}
