using System.Net;
using System.Text;
using System.Text.Json;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Organisation;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// The real 2025 部门预算 of 上海市普陀区财政局 and composed 2025年度部门决算 of that unit and of another: the unit's 决算
/// uploaded before the budget is checked with it once the budget arrives, one uploaded after in its own job; the
/// 预决算对照 findings (FA6501, FA6502) are on the page, in the API and in the ledger, and the counts include them.
/// The other unit's 决算 of the same year is never checked with that budget. A 决算 of the year before, arriving
/// last, is added to the pairing, which keeps the budget.
/// </summary>
public sealed class SameYearBudgetTests
{
    private const string Other = "上海市长宁区财政局";
    private const string Tree = "编码,名称,上级编码,别名\nP01,上海市普陀区财政局,,\nP02," + Other + ",,\n";

    [SharedFact]
    public Task Final_accounts_are_checked_with_the_same_year_budget_on_sqlite() => Run(TestStore.Sqlite());

    [PostgresFact(NeedsShared = true)]
    public async Task Final_accounts_are_checked_with_the_same_year_budget_on_postgres() => await Run(await TestStore.PostgresAsync());

    private static (string, byte[]) Accounts(Stated stated, string department = "上海市普陀区财政局") =>
        ($"{department}2025年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(stated, department)));

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);

        // Accounts first: checked alone, with the total stated 10万元 above the budget's.
        var first = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, Accounts(Agreeing with { Total = "3131.42" }))));
        var other = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, Accounts(Agreeing with { Total = "3131.42" }, Other))));
        Assert.NotNull(other.OrgUnitId);
        Assert.NotEqual(first.OrgUnitId, other.OrgUnitId);
        Assert.DoesNotContain("FA6501", Rules(await WebApi.GetAsync(admin, $"/api/documents/{first.Id}")));

        // The budget arrives: the accounts are checked with it.
        var budgetPath = Repo.BudgetPdf(BudgetFile);
        var budget = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, (BudgetFile, await File.ReadAllBytesAsync(budgetPath)))));
        Assert.Equal(first.OrgUnitId, budget.OrgUnitId);
        Assert.Equal(budget.Id, await PreviousYearWaits.BudgetPairedAsync(app.Services, first.Id));
        var json = await WebApi.GetAsync(admin, $"/api/documents/{first.Id}");
        var finding = Assert.Single(Findings(json), f => f.GetProperty("rule").GetString() == "FA6501");
        Assert.Contains("3131.42", finding.GetProperty("message").GetString());
        Assert.Contains(BudgetFile, finding.GetProperty("message").GetString());
        var counted = Assert.Single(await Checks.DocumentsAsync(app.Services, first.BatchId));
        Assert.Equal(Findings(json).Count(f => f.GetProperty("severity").GetString() == "warning"), counted.Warnings);
        var page = await admin.GetStringAsync($"/documents/{first.Id}");
        Assert.Contains($"<dt>对照本年预算</dt><dd><a href=\"/documents/{budget.Id}\">{BudgetFile}</a>（2025年）</dd>", page);
        // Filed under the part of the 情况说明 it stands in, as in the JSON — not under 其他 for want of a finding of the file alone.
        var title = page[..page.IndexOf($"id=\"f-{finding.GetProperty("id").GetString()}\"", StringComparison.Ordinal)];
        title = title[(title.LastIndexOf("<h2 class=\"part-title\">", StringComparison.Ordinal) + "<h2 class=\"part-title\">".Length)..];
        Assert.StartsWith("情况说明", title);
        var ledger = await Download.GetAsync(admin, $"/api/documents/{first.Id}/export?format=xlsx");
        Assert.Equal(
            Findings(json).Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal),
            WorkbookContent.Read(ledger.Content).Rows("问题清单").Select(r => r["编号"].Text).Order(StringComparer.Ordinal));

        // Another unit's accounts of the same year are not checked with this budget.
        Assert.False(await PairedAsync(app.Services, other.Id));
        Assert.DoesNotContain("FA6501", Rules(await WebApi.GetAsync(admin, $"/api/documents/{other.Id}")));

        // Accounts after the budget: paired in their own check.
        var later = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, Accounts(Agreeing with { Informatisation = "176.66" }))));
        Assert.Equal(budget.Id, await PreviousYearWaits.BudgetPairedAsync(app.Services, later.Id));
        var opening = Findings(await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).Where(f => f.GetProperty("rule").GetString()!.StartsWith("FA650", StringComparison.Ordinal)).ToList();
        Assert.Equal("FA6502", Assert.Single(opening).GetProperty("rule").GetString());
        Assert.Contains("“信息化建设”科目年初预算为 176.66万元", opening[0].GetProperty("message").GetString());

        // The year before arrives: the pairing holds both the previous-year document and the budget.
        var previous = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin,
            ("上海市普陀区财政局2024年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(Agreeing, year: 2024))))));
        Assert.Equal(previous.Id, await PreviousYearWaits.PairedAsync(app.Services, later.Id));
        Assert.Equal(budget.Id, await PreviousYearWaits.BudgetPairedAsync(app.Services, later.Id));
        Assert.Contains("FA6502", Rules(await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")));
        Assert.Contains($"<a href=\"/documents/{previous.Id}\">", await admin.GetStringAsync($"/documents/{later.Id}"));
    }

    private static List<JsonElement> Findings(JsonElement document) => document.GetProperty("findings").EnumerateArray().ToList();

    private static List<string> Rules(JsonElement document) => Findings(document).Select(f => f.GetProperty("rule").GetString()!).ToList();

    private static async Task<bool> PairedAsync(IServiceProvider services, long documentId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().PreviousYearChecks.AnyAsync(p => p.DocumentId == documentId);
    }
}
