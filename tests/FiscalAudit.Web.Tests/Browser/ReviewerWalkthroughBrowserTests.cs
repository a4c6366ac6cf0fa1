using System.Text.Json;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// What a reviewer going through many documents sees at 1600×1000: findings in view without scrolling, a blank template
/// marked as one and approved only after a question (answered yes, approved), the example under its Chinese name, due dates typed as 年-月-日.
/// </summary>
public sealed class ReviewerWalkthroughBrowserTests
{
    [BrowserFact]
    public async Task Findings_come_first_and_a_blank_template_is_approved_only_when_confirmed()
    {
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);
        var examples = JsonDocument.Parse(await app.Client.GetStringAsync("/api/batches")).RootElement.GetProperty("batches").EnumerateArray().Single();
        var example = WebApi.Documents(await WebApi.DoneAsync(app.Client, examples.GetProperty("id").GetInt64())).Single();
        var batchId = await WebApi.UploadBatchAsync(app.Client, ("空白模板.txt", BlankTemplates.TablesOnly()));
        var template = WebApi.Documents(await WebApi.DoneAsync(app.Client, batchId)).Single().GetProperty("id").GetInt64();

        // A document with findings: the first finding is on screen as the page opens, with the review panel above it.
        await page.GotoAsync($"/documents/{example.GetProperty("id").GetInt64()}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator(".finding").First).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToBeInViewportAsync();
        await Chromium.ScreenshotAsync(page, "walkthrough-1-findings-in-view");

        // The blank template: said so beside its counts and in place of the findings; 通过 asks first.
        await page.GotoAsync($"/documents/{template}");
        await Assertions.Expect(page.Locator("#template-result")).ToContainTextAsync(DisplayNames.Template);
        await Assertions.Expect(page.Locator(".finding-pane .template-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#review-files")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "walkthrough-2-blank-template");
        string? asked = null;
        var answer = false;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            if (answer) await dialog.AcceptAsync();
            else await dialog.DismissAsync();
        };
        await session.ReviewReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("待审核");
        Assert.Equal(ReviewStates.ApproveTemplate, asked);

        // The batch page and 审核任务 mark it; the example is listed under its Chinese name.
        await page.GotoAsync($"/batches/{batchId}");
        await Assertions.Expect(page.Locator($"#documents tr[data-id=\"{template}\"] .template-note")).ToHaveTextAsync(DisplayNames.Template);
        await page.GotoAsync("/reviews");
        await Assertions.Expect(page.Locator($"#tasks tr[data-id=\"{template}\"] .template-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tasks")).ToContainTextAsync(example.GetProperty("file").GetString()!);
        Assert.True(WebApi.IsChinese(example.GetProperty("file").GetString()));
        await Chromium.ScreenshotAsync(page, "walkthrough-3-review-tasks");

        // Answered yes: the page sends the answer the API asks for, and the template is approved.
        (asked, answer) = (null, true);
        await page.GotoAsync($"/documents/{template}");
        await session.ReviewReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("已通过");
        Assert.Equal(ReviewStates.ApproveTemplate, asked);

        // The due date is typed as 年-月-日, whatever the browser's language.
        await page.GotoAsync("/coverage?year=2023");
        var due = page.Locator("#due-form");
        await Assertions.Expect(due.Locator("input[name=date]")).ToHaveAttributeAsync("placeholder", "年-月-日，如 2024-09-30");
        await due.Locator("select[name=kind]").SelectOptionAsync("决算");
        await due.Locator("input[name=date]").FillAsync("2024年9月30日");
        await due.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("th[data-kind=决算] .due")).ToHaveTextAsync("截止 2024-09-30");
        await Chromium.ScreenshotAsync(page, "walkthrough-4-due-date");
    }
}
