using System.Net;
using System.Text;
using System.Text.Json;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Organisation;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// The real 2025 部门预算 of 上海市普陀区财政局 uploaded with a composed 2025年度部门决算 stating a 年初预算 total 10万元
/// above the budget's: the 决算's page names the budget it was checked with, and the FA6501 finding names its
/// place in the budget with a link to the budget's page.
/// </summary>
public sealed class SameYearBudgetBrowserTests
{
    private const string Tree = "编码,名称,上级编码,别名\nP01,上海市普陀区财政局,,\n";

    [BrowserFact]
    public async Task A_finding_against_the_budget_links_the_budget()
    {
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);
        var batch = await WebApi.UploadBatchAsync(app.Client,
            (BudgetFile, await File.ReadAllBytesAsync(Repo.BudgetPdf(BudgetFile))),
            ("2025年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(Agreeing with { Total = "3131.42" }))));
        var documents = (await WebApi.DoneAsync(app.Client, batch)).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        var (budget, accounts) = (documents[0], documents[1]);
        var finding = await PairedFindingAsync(app.Client, accounts);

        await page.GotoAsync($"/documents/{accounts}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".same-year-budget a")).ToHaveTextAsync(BudgetFile);
        var item = page.Locator($"#f-{finding.GetProperty("id").GetString()}");
        await item.ScrollIntoViewIfNeededAsync();
        var related = item.Locator(".related-other");
        await Assertions.Expect(related).ToHaveCountAsync(1);
        await Assertions.Expect(related).ToContainTextAsync("本年预算相关位置：");
        await Assertions.Expect(related.Locator("a")).ToHaveAttributeAsync("href", $"/documents/{budget}");
        await Assertions.Expect(related.Locator("a")).ToHaveTextAsync("打开2025年预算");
        await Chromium.ScreenshotAsync(page, "same-year-budget-finding");
    }

    /// <summary>The 决算's FA6501 finding, once the worker has checked it with the budget.</summary>
    private static async Task<JsonElement> PairedFindingAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var findings = (await WebApi.GetAsync(client, $"/api/documents/{id}")).GetProperty("findings").EnumerateArray().ToList();
            if (findings.SingleOrDefault(f => f.GetProperty("rule").GetString() == "FA6501") is { ValueKind: JsonValueKind.Object } finding) return finding;
            Assert.True(DateTime.UtcNow < deadline, "the 决算 was not checked with the budget");
            await Task.Delay(500);
        }
    }
}
