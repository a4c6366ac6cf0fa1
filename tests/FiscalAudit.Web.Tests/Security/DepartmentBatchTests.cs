using System.Net;
using System.Text;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// A reviewer's batch holding documents of several departments: each 部门用户 finds it in the batch list
/// and sees in it only its own unit's documents — counts, progress and exports included — while a
/// department with no document in it does not see the batch at all.
/// </summary>
public sealed class DepartmentBatchTests
{
    [Fact]
    public async Task A_department_sees_the_reviewers_batches_that_hold_its_documents_and_only_those_documents()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var first = await TestAccounts.UnitAsync(app.Services, "401", "示例市示例管理局");
        var second = await TestAccounts.UnitAsync(app.Services, "402", "示例市另一管理局");
        var third = await TestAccounts.UnitAsync(app.Services, "403", "示例市第三管理局");
        await TestAccounts.CreateAsync(app.Services, "示例局", Roles.Department, first);
        await TestAccounts.CreateAsync(app.Services, "另一局", Roles.Department, second);
        await TestAccounts.CreateAsync(app.Services, "第三局", Roles.Department, third);
        await TestAccounts.CreateAsync(app.Services, "审核员", Roles.Reviewer);
        var example = await File.ReadAllTextAsync(CliFindings.Example);
        using var reviewer = app.SignedInClient("审核员", TestAccounts.Password);
        var batch = await WebApi.UploadBatchAsync(reviewer,
            ("示例局决算.txt", Encoding.UTF8.GetBytes(example)), ("另一局决算.txt", Encoding.UTF8.GetBytes(example.Replace("示例市示例管理局", "示例市另一管理局"))));
        var all = WebApi.Documents(await WebApi.DoneAsync(reviewer, batch));
        Assert.Equal(2, all.Length);

        foreach (var (user, file) in new[] { ("示例局", "示例局决算.txt"), ("另一局", "另一局决算.txt") })
        {
            using var client = app.SignedInClient(user, TestAccounts.Password);
            var listed = Assert.Single((await WebApi.GetAsync(client, "/api/batches")).GetProperty("batches").EnumerateArray().ToArray());
            Assert.Equal(batch, listed.GetProperty("id").GetInt64());
            Assert.Equal(1, listed.GetProperty("documents").GetInt32());
            var view = await WebApi.GetAsync(client, $"/api/batches/{batch}");
            var own = Assert.Single(WebApi.Documents(view));
            Assert.Equal(file, own.GetProperty("file").GetString());
            Assert.Equal(1, view.GetProperty("progress").GetProperty("total").GetInt32());
            var other = all.Single(d => d.GetProperty("file").GetString() != file).GetProperty("id").GetInt64();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{other}")).StatusCode);
            var page = await client.GetStringAsync($"/batches/{batch}");
            Assert.Contains(file, page);
            Assert.DoesNotContain(all.Single(d => d.GetProperty("id").GetInt64() == other).GetProperty("file").GetString()!, page);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/batches/{batch}/export?format=xlsx")).StatusCode);
        }

        using var outsider = app.SignedInClient("第三局", TestAccounts.Password);
        Assert.Equal(0, (await WebApi.GetAsync(outsider, "/api/batches")).GetProperty("batches").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/batches/{batch}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/batches/{batch}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/batches/{batch}/export?format=xlsx")).StatusCode);
    }
}
