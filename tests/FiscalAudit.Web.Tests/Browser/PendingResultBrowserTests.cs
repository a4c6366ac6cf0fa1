using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// What a reviewer sees of a document without a current result: a file not accepted says so on its page (no 0 counts that
/// would read as “no problems”, no 开始审核 or 通过 — only 退回整改 for a proper file), and a document sent to the current engine for a new check — held in the queue here, the
/// application started with no workers — shows its earlier counts only as the last result on its page, none on the batch
/// page (its row still opens the document, no time estimate from the upload's pace) and none in the batch list, which says how many are rechecked. Screenshots are
/// kept in TestResults/screenshots.
/// </summary>
public sealed class PendingResultBrowserTests
{
    [BrowserFact]
    public async Task Pages_show_no_result_for_a_file_not_accepted_or_rechecked()
    {
        var store = TestStore.Sqlite();
        var (batch, example, refused) = await CheckedByEarlierEngineAsync(store);
        await using var session = await BrowserSession.StartAsync(store, new Dictionary<string, string> { ["FiscalAudit__Workers"] = "0" });
        var page = session.Page;

        await page.GotoAsync($"/documents/{refused}");
        await Assertions.Expect(page.Locator("p.empty")).ToHaveTextAsync("该文件未受理，没有审核结果，原因见上方说明。");
        await Assertions.Expect(page.Locator("#pending-result dd")).ToHaveTextAsync("无（文件未受理）");
        await Assertions.Expect(page.Locator("p.reason")).ToBeVisibleAsync();
        // Nothing was checked, so nothing can be reviewed or approved; the department can be asked for the proper file.
        await Assertions.Expect(page.Locator("#state-waiting")).ToHaveTextAsync("该文件未受理，没有审核结果，不能开始审核或通过；可退回整改，由报送单位上传正确的文件。");
        await Assertions.Expect(page.Locator("button.state-action")).ToHaveTextAsync(["退回整改"]);
        await Chromium.ScreenshotAsync(page, "pending-1-rejected-document");

        await page.GotoAsync($"/documents/{example}");
        await page.GetByRole(AriaRole.Button, new() { Name = "用当前版本重新审核本文件" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("已将本文件交给当前版本重新审核");
        await Assertions.Expect(page.Locator("#pending-result dd")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^排队等待重新审核…（上次结果：错误 [1-9]\\d* 项、警告 \\d+ 项、提示 \\d+ 项，新结果出来后更新）$"));
        await Assertions.Expect(page.Locator(".facts dt", new() { HasTextString = "错误" })).ToHaveCountAsync(0);
        // Until the new result is stored no review state can move: the page says why and offers none.
        await Assertions.Expect(page.Locator("#state-waiting")).ToContainTextAsync("审核结果出来、能看到发现的问题后才能开始审核、退回整改或通过");
        await Assertions.Expect(page.Locator("button.state-action")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "pending-2-rechecking-document");

        await page.GotoAsync($"/batches/{batch}");
        var row = page.Locator($"#documents tr[data-id=\"{example}\"]");
        await Assertions.Expect(row.Locator(".rechecking")).ToHaveTextAsync("（重新审核中，新结果出来后显示问题数）");
        await Assertions.Expect(row.Locator("td[data-field=errors]")).ToHaveTextAsync("—");
        await Assertions.Expect(row.Locator($"a[href=\"/documents/{example}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#time-left")).ToHaveTextAsync("正在用当前版本重新审核 1 个文件");
        await Chromium.ScreenshotAsync(page, "pending-3-rechecking-batch");

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("table.grid tbody tr").First.Locator(".rechecking")).ToHaveTextAsync("（1 个重新审核中，问题数暂不计入）");
        await Chromium.ScreenshotAsync(page, "pending-4-rechecking-list");
    }

    /// <summary>The shipped example and a file not accepted, checked in-process, the example's result then made an earlier engine's: (batch, example, refused).</summary>
    private static async Task<(long Batch, long Example, long Refused)> CheckedByEarlierEngineAsync(TestStore store)
    {
        await using (var app = new WebAppFactory(store))
        {
            using var api = app.SignedInClient();
            var id = await WebApi.UploadBatchAsync(api, (CorrectedExample.Name, CorrectedExample.Original), ("报送说明.pdf", "MZ\u0090\0这不是 PDF"u8.ToArray()));
            var batch = await WebApi.DoneAsync(api, id);
            await EarlierEngine.MarkAsync(store, expectedResults: 1);
            return (id, WebApi.Named(batch, CorrectedExample.Name).GetProperty("id").GetInt64(), WebApi.Named(batch, "报送说明.pdf").GetProperty("id").GetInt64());
        }
    }
}
