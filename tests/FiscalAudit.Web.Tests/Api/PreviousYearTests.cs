using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Organisation;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// One unit's 部门决算 of 2023, 2024 and 2025 uploaded out of order: the 2024 document, checked alone first, is checked
/// once more when 2023 arrives; 2025 is checked with 2024 in its own job; 2026, printed under another name, once a
/// reviewer attributes it to the unit. The 上年对比 findings name the other document, and the page links to it.
/// </summary>
public sealed class PreviousYearTests
{
    private const string Tree = "编码,名称,上级编码,别名\nQ01," + Department + ",,\nQ02,沁阳市财政局,,\n";

    private static (string, byte[]) File(int year, string explanation) =>
        ($"{year}年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(year, explanation)));

    [Fact]
    public Task Documents_of_consecutive_years_are_checked_together_on_sqlite() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Documents_of_consecutive_years_are_checked_together_on_postgres() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);

        var batch2024 = await WebApi.UploadBatchAsync(admin, File(2024, "本年支出合计505.00万元（上年为480.00万元），较上年增加25.00万元，增长5.21%。"));
        var doc2024 = Assert.Single(await Checks.FinishedAsync(app.Services, batch2024));
        Assert.DoesNotContain(Rules(await WebApi.GetAsync(admin, $"/api/documents/{doc2024.Id}")), r => r.StartsWith("FA70", StringComparison.Ordinal));

        var batch2023 = await WebApi.UploadBatchAsync(admin, File(2023, "本年支出合计470.00万元。"));
        var doc2023 = Assert.Single(await Checks.FinishedAsync(app.Services, batch2023));
        Assert.Equal(doc2023.Id, await PreviousYearWaits.PairedAsync(app.Services, doc2024.Id));
        var json2024 = await WebApi.GetAsync(admin, $"/api/documents/{doc2024.Id}");
        foreach (var rule in new[] { "FA7001", "FA7002" })
        {
            var finding = json2024.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);
            var related = Assert.Single(finding.GetProperty("related").EnumerateArray().ToList());
            Assert.Equal("2023年度部门决算.txt", related.GetProperty("file").GetString());
            Assert.Equal(11, related.GetProperty("line").GetInt32());
        }
        Assert.Contains("上年为 480.00万元；上年文件“2023年度部门决算.txt”情况说明中为 470.00万元", json2024.ToString());
        var errors = json2024.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(errors, Assert.Single(await Checks.DocumentsAsync(app.Services, batch2024)).Errors);
        var page = await admin.GetStringAsync($"/documents/{doc2024.Id}");
        Assert.Contains($"data-previous=\"/api/documents/{doc2023.Id}\"", page);
        Assert.Contains($"<a href=\"/documents/{doc2023.Id}\">2023年度部门决算.txt</a>（2023年）", page);
        Assert.DoesNotContain("data-previous=\"/api", await admin.GetStringAsync($"/documents/{doc2023.Id}"));

        // 2025 arrives after 2024: paired in its own check, with 2024's figures.
        var batch2025 = await WebApi.UploadBatchAsync(admin, File(2025, "本年支出合计530.00万元（上年为500.00万元）。"));
        var doc2025 = Assert.Single(await Checks.FinishedAsync(app.Services, batch2025));
        Assert.Equal(doc2024.Id, await PreviousYearWaits.PairedAsync(app.Services, doc2025.Id));
        var json2025 = await WebApi.GetAsync(admin, $"/api/documents/{doc2025.Id}");
        Assert.Contains("FA7002", Rules(json2025));
        Assert.Contains("上年文件“2024年度部门决算.txt”情况说明中为 505.00万元", json2025.ToString());

        // 2026 printed under another name: unattributed, it is paired once a reviewer confirms its unit.
        var batch2026 = await WebApi.UploadBatchAsync(admin, ("2026年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2026, "本年支出合计540.00万元（上年为531.00万元）。", department: "沁阳市数据服务中心"))));
        var doc2026 = Assert.Single(await Checks.FinishedAsync(app.Services, batch2026));
        Assert.Null(doc2026.OrgUnitId);
        var q01 = UnitId(await WebApi.GetAsync(admin, "/api/org"), "Q01");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{doc2026.Id}/attribution", new { unitId = q01 })).StatusCode);
        Assert.Equal(doc2025.Id, await PreviousYearWaits.PairedAsync(app.Services, doc2026.Id));
        Assert.Contains("说明称“本年支出合计”上年为 531.00万元；上年文件“2025年度部门决算.txt”情况说明中为 530.00万元", (await WebApi.GetAsync(admin, $"/api/documents/{doc2026.Id}")).ToString());

        // Another unit's department user sees neither document nor the pairing.
        await TestAccounts.CreateAsync(app.Services, "财政局", Roles.Department, UnitId(await WebApi.GetAsync(admin, "/api/org"), "Q02"));
        using var other = app.SignedInClient("财政局", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/documents/{doc2024.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/documents/{doc2024.Id}")).StatusCode);
    }

    private static List<string> Rules(JsonElement document) =>
        document.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();

    private static long UnitId(JsonElement org, string code) =>
        org.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetInt64();
}
