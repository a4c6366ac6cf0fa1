using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// The 2017 budget of 江苏省政协办公厅 in two files (说明 and 公开表) uploaded together: the 说明's page names the
/// 公开表 as 同套文件 with a link to it, and no longer reports that no budget table was found.
/// </summary>
public sealed class DocumentSetBrowserTests
{
    private const string Narrative = "江苏省政协办公厅2017年度部门预算.pdf";
    private const string Tables = "江苏省政协办公厅2017年度部门预算公开表.pdf";

    [BrowserFact]
    public async Task The_narrative_file_links_its_tables_file()
    {
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);
        var batch = await WebApi.UploadBatchAsync(app.Client,
            (Narrative, await File.ReadAllBytesAsync(Repo.BudgetPdf(Narrative))), (Tables, await File.ReadAllBytesAsync(Repo.BudgetPdf(Tables))));
        var documents = (await WebApi.DoneAsync(app.Client, batch)).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).ToList();
        var (narrative, tables) = (documents[0], documents[1]);

        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((await WebApi.GetAsync(app.Client, $"/api/documents/{narrative}")).GetProperty("findings").EnumerateArray()
               .Any(f => f.GetProperty("rule").GetString() == "FA6201"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the 说明 was not checked with its 公开表");
            await Task.Delay(500);
        }

        await page.GotoAsync($"/documents/{narrative}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".set-partner a")).ToHaveTextAsync(Tables);
        await Assertions.Expect(page.Locator(".set-partner a")).ToHaveAttributeAsync("href", $"/documents/{tables}");
        await Chromium.ScreenshotAsync(page, "document-set-narrative");
    }
}
