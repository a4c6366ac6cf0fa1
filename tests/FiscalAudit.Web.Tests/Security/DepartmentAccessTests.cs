using System.Net;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// A 部门用户 sees its own unit's batches and documents only — another unit's are as if they did not
/// exist (404) on every API and page — while reviewers and administrators see all of them.
/// </summary>
public sealed class DepartmentAccessTests
{
    [Fact]
    public async Task A_department_user_sees_only_its_own_units_batches()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var (finance, own, other) = await TestAccounts.TwoDepartmentsAsync(app);
        using var ownClient = own;
        using var otherClient = other;
        await TestAccounts.CreateAsync(app.Services, "审核员甲", Roles.Reviewer);
        using var reviewer = app.SignedInClient("审核员甲", TestAccounts.Password);
        using var admin = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);

        var batch = await WebApi.UploadBatchAsync(own, ("财政局决算.txt", example));
        var reviewersBatch = await WebApi.UploadBatchAsync(reviewer, ("审核员上传.txt", example));
        var document = WebApi.Documents(await WebApi.DoneAsync(own, batch))[0].GetProperty("id").GetInt64();
        await WebApi.DoneAsync(reviewer, reviewersBatch);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            Assert.Equal(finance, (await db.Batches.SingleAsync(b => b.Id == batch)).OrgUnitId);
            Assert.Null((await db.Batches.SingleAsync(b => b.Id == reviewersBatch)).OrgUnitId);
        }

        string[] paths =
        [
            $"/api/batches/{batch}", $"/api/batches/{batch}/events", $"/api/batches/{batch}/export?format=xlsx",
            $"/api/documents/{document}", $"/api/documents/{document}/file", $"/api/documents/{document}/export?format=xlsx",
            $"/batches/{batch}", $"/documents/{document}",
        ];
        foreach (var path in paths)
        {
            var refused = await other.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)refused.StatusCode}");
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(WebApi.IsChinese(body) && !body.Contains("财政局决算", StringComparison.Ordinal), $"{path}: {body}");
            foreach (var allowed in new[] { own, reviewer, admin })
            {
                var answer = await allowed.GetAsync(path);
                Assert.True(answer.IsSuccessStatusCode, $"{path}: {(int)answer.StatusCode}");
            }
        }

        Assert.Equal([batch], await ListedAsync(own));
        Assert.Empty(await ListedAsync(other));
        Assert.Equal([reviewersBatch, batch], await ListedAsync(reviewer));
        Assert.Equal([reviewersBatch, batch], await ListedAsync(admin));
        Assert.DoesNotContain($"/batches/{reviewersBatch}", await own.GetStringAsync("/"));
        Assert.Contains($"/batches/{batch}", await own.GetStringAsync("/"));
    }

    [Fact]
    public async Task Only_administrators_open_the_account_page()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var unit = await TestAccounts.UnitAsync(app.Services, "201", "某区卫生健康委员会");
        await TestAccounts.CreateAsync(app.Services, "reviewer", Roles.Reviewer);
        await TestAccounts.CreateAsync(app.Services, "dept", Roles.Department, unit);

        foreach (var name in new[] { "reviewer", "dept" })
        {
            using var client = app.SignedInClient(name, TestAccounts.Password);
            var response = await client.GetAsync("/admin/users");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("没有权限", await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain("账号管理", await client.GetStringAsync("/"));
        }
        using var admin = app.SignedInClient();
        Assert.Contains("新建账号", await admin.GetStringAsync("/admin/users"));
    }

    private static async Task<long[]> ListedAsync(HttpClient client) =>
        (await WebApi.GetAsync(client, "/api/batches")).GetProperty("batches").EnumerateArray().Select(b => b.GetProperty("id").GetInt64()).ToArray();
}
