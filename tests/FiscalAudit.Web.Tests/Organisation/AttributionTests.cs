using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// Real Shanghai documents attributed to the imported tree; a reviewer corrects the guesses; department
/// users then see their units' documents; the coverage ledger counts them and marks what is missing.
/// </summary>
public sealed class AttributionTests
{
    private const string Tree = "编码,名称,上级编码,别名\nP01,上海市普陀区财政局,,区财政局\nP0101,上海市普陀区财政局机关,P01,\nP02,普陀区商务委员会,,\nP03,上海市普陀区人民政府办公室,,区府办\n";

    [SharedFact]
    public async Task Shanghai_documents_are_attributed_corrected_seen_and_counted()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);
        var units = (await WebApi.GetAsync(admin, "/api/org")).GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("id").GetInt64());

        var (final, budget, commerce) = (Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"), Repo.BudgetPdf("上海市普陀区财政局部门25年预算.pdf"),
            Repo.BudgetPdf("上海市普陀区商务委员会单位25年预算.pdf"));
        var batchId = await WebApi.UploadBatchAsync(admin, new[] { final, budget, commerce }.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToArray());
        var documents = await Checks.FinishedAsync(app.Services, batchId);
        var (finalDoc, budgetDoc, commerceDoc) = (documents[0], documents[1], documents[2]);
        Assert.Equal((units["P01"], Confidence.High, 2024, "final-accounts"), (finalDoc.OrgUnitId, finalDoc.Attribution, finalDoc.Year, finalDoc.Kind));
        Assert.Equal((units["P01"], Confidence.High, 2025, "budget"), (budgetDoc.OrgUnitId, budgetDoc.Attribution, budgetDoc.Year, budgetDoc.Kind));
        Assert.Equal((units["P02"], Confidence.Low), (commerceDoc.OrgUnitId, commerceDoc.Attribution));
        Assert.Equal("文件中的部门名称“上海市普陀区商务委员会”含有“普陀区商务委员会”，推测为该单位，请确认。", commerceDoc.AttributionReason);

        var pending = (await WebApi.GetAsync(admin, "/api/attribution/pending")).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(commerceDoc.Id, Assert.Single(pending).GetProperty("id").GetInt64());
        Assert.Contains("普陀区商务委员会", await admin.GetStringAsync("/attribution"));

        // A guess shows nothing to the department; the reviewer's confirmation does.
        await TestAccounts.CreateAsync(app.Services, "商务委", Roles.Department, units["P02"]);
        await TestAccounts.CreateAsync(app.Services, "财政局", Roles.Department, units["P01"]);
        await TestAccounts.CreateAsync(app.Services, "财政局机关", Roles.Department, units["P0101"]);
        await TestAccounts.CreateAsync(app.Services, "审核员", Roles.Reviewer);
        using var commerceUser = app.SignedInClient("商务委", TestAccounts.Password);
        using var financeUser = app.SignedInClient("财政局", TestAccounts.Password);
        using var officeUser = app.SignedInClient("财政局机关", TestAccounts.Password);
        using var reviewer = app.SignedInClient("审核员", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await commerceUser.GetAsync($"/api/documents/{commerceDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commerceUser.PostAsJsonAsync($"/api/documents/{commerceDoc.Id}/attribution", new { unitId = units["P02"] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/documents/{commerceDoc.Id}/attribution", new { unitId = units["P02"] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commerceUser.GetAsync($"/api/documents/{commerceDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commerceUser.GetAsync($"/api/documents/{finalDoc.Id}")).StatusCode);
        Assert.Equal(0, (await WebApi.GetAsync(reviewer, "/api/attribution/pending")).GetProperty("documents").GetArrayLength());

        // A correction to a 单位: its own user and its 部门's user see it, the 单位's user not its 部门's other documents.
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/documents/{budgetDoc.Id}/attribution", new { unitId = units["P0101"] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officeUser.GetAsync($"/api/documents/{budgetDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await financeUser.GetAsync($"/api/documents/{budgetDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await financeUser.GetAsync($"/api/documents/{finalDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officeUser.GetAsync($"/api/documents/{finalDoc.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.PostAsJsonAsync($"/api/documents/{budgetDoc.Id}/attribution", new { unitId = 999_999 })).StatusCode);

        // Importing the tree again attributes anew, but keeps what reviewers confirmed.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);
        var after = await Checks.DocumentsAsync(app.Services, batchId);
        Assert.Equal([units["P01"], units["P0101"], units["P02"]], after.Select(d => d.OrgUnitId!.Value));
        Assert.Equal([Confidence.High, Confidence.Confirmed, Confidence.Confirmed], after.Select(d => d.Attribution));

        // Coverage: 2024 has the finance bureau's final accounts; every other expected document is missing.
        var coverage = await WebApi.GetAsync(reviewer, "/api/coverage?year=2024");
        var rows = coverage.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal(["P01", "P0101", "P02", "P03"], rows.Keys);
        string State(string code, int kind) => rows[code].GetProperty("cells")[kind].GetProperty("state").GetString()!;
        var finalState = finalDoc.Errors > 0 ? "有错误" : "已检查";
        Assert.Equal(("缺", finalState, "未要求"), (State("P01", 0), State("P01", 1), State("P01", 2)));
        Assert.Equal(1, rows["P01"].GetProperty("cells")[1].GetProperty("received").GetInt32());
        Assert.Equal(finalDoc.Errors, rows["P01"].GetProperty("cells")[1].GetProperty("errors").GetInt32());
        Assert.Equal(("缺", "缺"), (State("P03", 0), State("P03", 1)));
        Assert.Equal(7, coverage.GetProperty("missingCount").GetInt32());
        var page2025 = await reviewer.GetStringAsync("/coverage?year=2025");
        Assert.Contains("2025 年度覆盖台账", page2025);
        Assert.Contains("缺 6 份应报文件", page2025);

        var export = await reviewer.GetAsync("/api/coverage/export?year=2024");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("覆盖台账_2024.xlsx", export.Content.Headers.ContentDisposition!.FileNameStar);
        var sheet = XlsxRecords.Read(await export.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("2024 年度覆盖台账（4 个部门/单位，缺 7 份应报文件）", sheet[0].Cells[0]);
        Assert.Equal(["编码", "部门/单位", .. new[] { "预算", "决算", "绩效自评" }.SelectMany(k => new[] { k, $"{k}收到", $"{k}已检查", $"{k}已审核", $"{k}逾期", $"{k}错误" })], sheet[1].Cells);
        Assert.Equal(["P01", "上海市普陀区财政局", "缺", "0", "0", "0", "0", "0", finalState, "1", "1", "0", "0", finalDoc.Errors.ToString(), "未要求", "0", "0", "0", "0", "0"], sheet[2].Cells);
        Assert.Equal("　上海市普陀区财政局机关", sheet[3].Cells[1]);
        Assert.Equal(HttpStatusCode.Forbidden, (await commerceUser.GetAsync("/api/coverage/export?year=2024")).StatusCode);
    }
}
