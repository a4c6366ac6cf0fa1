using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// After an engine update the batch page offers 用当前版本重新审核 for the documents an earlier engine checked; one click checks
/// them again and the page follows them to 完成 with the notice gone. Screenshots of both are kept in TestResults/screenshots.
/// </summary>
public sealed class RecheckBrowserTests
{
    [BrowserFact]
    public async Task The_batch_page_rechecks_documents_an_earlier_engine_checked()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.Locator("#upload-form input[type=file]:not([webkitdirectory])").SetInputFilesAsync(CliFindings.Example);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("#batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 120_000 });
        await using (var db = session.Store.Open())
            await db.CheckResults.ExecuteUpdateAsync(s => s.SetProperty(r => r.EngineVersion, "0.9.0+earlier"));

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#recheck")).ToContainTextAsync("本批次有 1 个文件的审核结果由较早版本的审核规则生成");
        await Chromium.ScreenshotAsync(page, "recheck-1-outdated");

        await page.GetByRole(AriaRole.Button, new() { Name = "用当前版本重新审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("已将 1 个文件交给当前版本重新审核");
        await Assertions.Expect(page.Locator("#batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#documents td[data-field=status]")).ToHaveTextAsync("完成");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#recheck")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "recheck-2-done");
    }
}
