using System.Net;
using System.Text;
using System.Text.Json;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Organisation;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// Seed 002 (沁阳市政务服务和大数据管理局 2020 部门决算) with its 2019 document, made from the seed with the totals
/// its 情况说明 gives for 2019 (收、支总计 204.29 + 29.46 = 233.75 万元): the 2020 document's tables tab shows
/// 2019's figures beside 2020's, and a 上年对比 finding names and links the place in the 2019 document.
/// </summary>
public sealed class PreviousYearBrowserTests
{
    private const string Tree = "编码,名称,上级编码,别名\nQ01,沁阳市政务服务和大数据管理局,,\n";

    [BrowserFact]
    public async Task The_tables_tab_shows_last_years_figures_and_a_finding_links_last_years_document()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        var earlier = seed.Replace("2020", "2019", StringComparison.Ordinal).Replace("204.29", "233.75", StringComparison.Ordinal);
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(Tree)))).StatusCode);
        var batch = await WebApi.UploadBatchAsync(app.Client, ("2019年度部门决算.txt", Encoding.UTF8.GetBytes(earlier)), ("2020年度部门决算.txt", Encoding.UTF8.GetBytes(seed)));
        var documents = (await WebApi.DoneAsync(app.Client, batch)).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        var (id2019, id2020) = (documents[0], documents[1]);
        var json = await PairedAsync(app.Client, id2020);

        await page.GotoAsync($"/documents/{id2020}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".previous-year a")).ToHaveTextAsync("2019年度部门决算.txt");

        // The tables: 2020 | 2019 under each figure column; 总计 of 公开01表 is 204.29 beside 233.75.
        await page.Locator(".tab[data-tab=tables]").ClickAsync();
        var first = page.Locator("#tab-tables section.extracted").First;
        await Assertions.Expect(first.Locator("thead th.last-year").First).ToHaveTextAsync("2019年");
        await Assertions.Expect(first.Locator("thead th.this-year").First).ToHaveTextAsync("2020年");
        var total = first.Locator("tbody tr", new() { Has = page.Locator("td.row-name", new() { HasTextString = "总计" }) }).First;
        await Assertions.Expect(total.Locator("td.num:not(.last-year)").First).ToHaveTextAsync("204.29");
        await Assertions.Expect(total.Locator("td.last-year").First).ToHaveTextAsync("233.75");
        await total.ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(page, "previous-year-1-tables");

        // A finding against the 2019 document names its place there and links it.
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString()!.StartsWith("FA70", StringComparison.Ordinal));
        var item = page.Locator($"#f-{finding.GetProperty("id").GetString()}");
        await item.ScrollIntoViewIfNeededAsync();
        await item.ClickAsync();
        var related = item.Locator(".related-other");
        await Assertions.Expect(related).ToContainTextAsync("上年文件相关位置：");
        await Assertions.Expect(related.Locator("a")).ToHaveAttributeAsync("href", $"/documents/{id2019}");
        await Assertions.Expect(item.Locator(".message")).Not.ToContainTextAsync("增加 0.00 万元");
        await Chromium.ScreenshotAsync(page, "previous-year-2-finding");
        await related.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id2019}", Navigation.Committed);
        await Assertions.Expect(page.Locator(".file-title")).ToHaveTextAsync("2019年度部门决算.txt");
    }

    /// <summary>The 2020 document's JSON once the worker has checked it with 2019 (a 上年对比 finding is there).</summary>
    private static async Task<JsonElement> PairedAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var json = await WebApi.GetAsync(client, $"/api/documents/{id}");
            if (json.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString()!.StartsWith("FA70", StringComparison.Ordinal))) return json;
            Assert.True(DateTime.UtcNow < deadline, "the 2020 document was not checked with the 2019 document");
            await Task.Delay(500);
        }
    }
}
