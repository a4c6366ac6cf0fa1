using System.Text.RegularExpressions;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// The review cycle in a real Chromium: a 部门用户 uploads its final accounts; a reviewer waives a finding
/// with a reason (refused without one), confirms another and returns the document with a comment; the
/// 部门用户 sees the problems sent back, uploads the corrected document as a new version and sees which
/// findings were fixed, which remain and which are new — the waiver kept on the remaining finding.
/// Screenshots in TestResults/screenshots (review-*).
/// </summary>
public sealed class ReviewBrowserTests
{
    private const string Reviewer = "审核员王芳";
    private const string Clerk = "管理局李明";

    [BrowserFact]
    public async Task Reviewer_returns_a_document_and_the_department_sends_a_corrected_version()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var (originalIds, correctedIds) = CorrectedExample.CliIds();
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-review-").FullName;
        var (original, corrected) = (Path.Combine(folder, CorrectedExample.Name), Path.Combine(folder, CorrectedExample.CorrectedName));
        await File.WriteAllBytesAsync(original, CorrectedExample.Original);
        await File.WriteAllBytesAsync(corrected, CorrectedExample.Corrected);

        // The administrator adds the unit, a reviewer and the unit's 部门用户.
        await page.GotoAsync("/admin/users");
        await page.GetByLabel("编码").FillAsync("E01");
        await page.GetByLabel("名称").FillAsync("示例市示例管理局");
        // Each form is filled on the page its previous one brought (else the next fill races the reload and is lost).
        await page.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("已添加部门/单位“示例市示例管理局”。");
        await AccountsBrowserTests.CreateAccountAsync(page, Reviewer, TestAccounts.Password, Roles.Reviewer, null);
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"已创建账号“{Reviewer}”");
        await AccountsBrowserTests.CreateAccountAsync(page, Clerk, TestAccounts.Password, Roles.Department, "E01 示例市示例管理局");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"已创建账号“{Clerk}”");
        await Assertions.Expect(page.Locator("#accounts tbody tr")).ToHaveCountAsync(3);

        // 1. The 部门用户 uploads its final accounts; they wait for review.
        await session.LogOutAsync();
        await session.LogInAsync(Clerk, TestAccounts.Password);
        await session.ChooseUploadsAsync(original);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("#batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 120_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = CorrectedExample.Name }).ClickAsync();
        var documentPage = page.Url;
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("待审核");

        // 2. The reviewer: 忽略 needs a reason; one finding waived, one confirmed, the document returned.
        await session.LogOutAsync();
        await session.LogInAsync(Reviewer, TestAccounts.Password);
        await page.GotoAsync(documentPage);
        await session.ReviewReadyAsync();
        // The empty table 9 (a warning, unchanged in the correction) is waived; the 三公经费 total (corrected) confirmed.
        var waived = await page.Locator(".finding[data-rule=FA5002]").GetAttributeAsync("data-id") ?? "";
        var confirmed = await page.Locator(".finding[data-rule=FA1010]").GetAttributeAsync("data-id") ?? "";
        Assert.Contains(waived, correctedIds);
        Assert.DoesNotContain(confirmed, correctedIds);
        var toWaive = page.Locator($"#f-{waived}");
        await toWaive.GetByRole(AriaRole.Button, new() { Name = "忽略" }).ClickAsync();
        await toWaive.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(toWaive.Locator(".review-error")).ToHaveTextAsync("请填写忽略理由。");
        await toWaive.GetByPlaceholder("忽略理由（必填）").FillAsync("该表确无数据，部门已在说明中解释");
        await Chromium.ScreenshotAsync(page, "review-1-waive-reason");
        await toWaive.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(toWaive.Locator(".decision-waived")).ToHaveTextAsync("已忽略");
        await Assertions.Expect(toWaive.Locator(".decision-reason")).ToHaveTextAsync("该表确无数据，部门已在说明中解释");
        var toConfirm = page.Locator($"#f-{confirmed}");
        await toConfirm.GetByRole(AriaRole.Button, new() { Name = "确认问题" }).ClickAsync();
        await toConfirm.GetByPlaceholder("说明（可选）").FillAsync("请更正合计数");
        await toConfirm.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(toConfirm.Locator(".decision-confirmed")).ToHaveTextAsync("确认问题");
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("审核中");
        await Chromium.ScreenshotAsync(page, "review-2-decided");
        await page.Locator("#state-comment").FillAsync("请更正三公经费表合计数及情况说明中的比例后重新报送");
        await page.GetByRole(AriaRole.Button, new() { Name = "退回整改" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("已退回整改");
        await Assertions.Expect(page.Locator("#state-comment-text")).ToHaveTextAsync("审核意见：请更正三公经费表合计数及情况说明中的比例后重新报送");
        await Assertions.Expect(page.Locator("#history tbody tr").Nth(1)).ToContainTextAsync("审核中 → 已退回整改");

        // 3. The 部门用户 sees what was sent back and uploads the corrected document as version 2.
        await session.LogOutAsync();
        await session.LogInAsync(Clerk, TestAccounts.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "审核任务" }).ClickAsync();
        await page.Locator("#state-tabs").GetByRole(AriaRole.Link, new() { Name = "已退回整改" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(page, "review-3-tasks");
        await page.GetByRole(AriaRole.Link, new() { Name = CorrectedExample.Name }).ClickAsync();
        await session.ReviewReadyAsync();
        await Assertions.Expect(page.Locator("#sent-back")).ToContainTextAsync("退回整改的问题（1 条）");
        await Assertions.Expect(page.Locator("#sent-back")).ToContainTextAsync("审核意见：请更正合计数");
        await Assertions.Expect(page.Locator("#state-comment-text")).ToContainTextAsync("请更正三公经费表合计数");
        await Assertions.Expect(page.Locator($"#f-{waived} .decision-waived")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#f-{waived}").GetByRole(AriaRole.Button, new() { Name = "忽略" })).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "review-4-sent-back");
        await page.Locator("#version-file").SetInputFilesAsync(corrected);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传整改版本" }).ClickAsync();
        await page.WaitForURLAsync(url => url != documentPage, Navigation.Committed);
        // Until the page shows the checked version: its comparison and its findings (a page rendered at the moment the
        // check ends may have the review panel's comparison but not yet the findings list).
        for (var tries = 0; tries < 120 && (await page.Locator("#comparison").CountAsync() == 0 || await page.Locator(".finding").CountAsync() == 0); tries++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        // 4. Version 2: fixed, remaining and new, by finding id; the waiver kept.
        await Assertions.Expect(page.Locator("#comparison h3")).ToHaveTextAsync("与第 1 版相比");
        await Assertions.Expect(page.Locator("#count-fixed")).ToHaveTextAsync(originalIds.Count(id => !correctedIds.Contains(id)).ToString());
        await Assertions.Expect(page.Locator("#count-remaining")).ToHaveTextAsync(correctedIds.Count(originalIds.Contains).ToString());
        await Assertions.Expect(page.Locator("#count-new")).ToHaveTextAsync(correctedIds.Count(id => !originalIds.Contains(id)).ToString());
        await Assertions.Expect(page.Locator($"#fixed-list li[data-id='{confirmed}']")).ToHaveCountAsync(1);
        await session.ReviewReadyAsync();
        await Assertions.Expect(page.Locator($"#f-{waived} .change-remaining")).ToHaveTextAsync("仍存在");
        await Assertions.Expect(page.Locator($"#f-{waived} .decision-waived")).ToHaveTextAsync("已忽略");
        var added = correctedIds.First(id => !originalIds.Contains(id));
        await Assertions.Expect(page.Locator($"#f-{added} .change-new")).ToHaveTextAsync("新出现");
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("待审核");
        await Assertions.Expect(page.Locator("#versions")).ToContainTextAsync("第 1 版");
        await Assertions.Expect(page.Locator("#history tbody tr").First).ToContainTextAsync("上传整改版本（第 2 版）");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync(Reviewer);
        await Chromium.ScreenshotAsync(page, "review-5-corrected-version", fullPage: true);
        Assert.Matches(new Regex(@"/documents/\d+$"), page.Url);

        // 5. The reviewer approves version 2; the coverage ledger counts it reviewed, and late against the due date set there.
        var versionPage = page.Url;
        await session.LogOutAsync();
        await session.LogInAsync(Reviewer, TestAccounts.Password);
        await page.GotoAsync(versionPage);
        await session.ReviewReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("已通过");
        await page.GetByRole(AriaRole.Link, new() { Name = "覆盖台账" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/coverage$"), Navigation.Committed);
        await page.GotoAsync("/coverage?year=2023");
        var due = page.Locator("#due-form");
        await due.Locator("select[name=kind]").SelectOptionAsync("决算");
        await due.Locator("input[name=date]").FillAsync("2000-01-01");
        await due.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("th[data-kind=决算] .due")).ToHaveTextAsync("截止 2000-01-01");
        var cell = page.Locator("#coverage tr[data-code=E01] td[data-kind=决算]");
        await Assertions.Expect(cell.Locator(".meta")).ToContainTextAsync("已审核 1");
        await Assertions.Expect(cell.Locator(".late-tag")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "review-6-coverage", fullPage: true);
    }
}
