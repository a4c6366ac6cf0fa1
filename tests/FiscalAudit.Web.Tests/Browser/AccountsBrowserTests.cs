using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// The administrator's first steps in a real Chromium: log in, add a 部门/单位, create a reviewer and a
/// 部门用户 (a too-short password is refused in Chinese); then each new account logs in and sees what
/// its role allows — the reviewer the shipped examples, the 部门用户 nothing of other units.
/// Screenshots in TestResults/screenshots (accounts-*).
/// </summary>
public sealed class AccountsBrowserTests
{
    private const string Reviewer = "审核员王芳";

    private const string DepartmentUser = "教育局李明";

    [BrowserFact]
    public async Task Administrator_creates_a_reviewer_and_a_department_user_who_then_log_in()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        // 1. The login page, as a newcomer sees it.
        await session.LogOutAsync();
        await page.GetByLabel("用户名").FillAsync(SignIn.AdminName);
        await Chromium.ScreenshotAsync(page, "accounts-1-login");
        await session.LogInAsync(SignIn.AdminName, SignIn.AdminPassword);
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(Roles.Admin);

        // 2. 账号管理: a unit, then a reviewer and a 部门用户 of that unit.
        await page.GetByRole(AriaRole.Link, new() { Name = "账号管理" }).ClickAsync();
        await page.GetByLabel("编码").FillAsync("1001");
        await page.GetByLabel("名称").FillAsync("某区教育局");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("已添加部门/单位“某区教育局”。");

        await CreateAccountAsync(page, Reviewer, TestAccounts.Password, Roles.Reviewer, null);
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync($"已创建账号“{Reviewer}”（{Roles.Reviewer}）。");
        await CreateAccountAsync(page, DepartmentUser, "短密码", Roles.Department, "1001 某区教育局");
        await Assertions.Expect(page.Locator(".problems")).ToContainTextAsync("密码至少需要 8 个字符");
        await Chromium.ScreenshotAsync(page, "accounts-2-refused", fullPage: true);
        await CreateAccountAsync(page, DepartmentUser, TestAccounts.Password, Roles.Department, "1001 某区教育局");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(DepartmentUser);
        var rows = page.Locator("#accounts tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Filter(new() { HasText = DepartmentUser })).ToContainTextAsync("某区教育局");
        await Assertions.Expect(rows.Filter(new() { HasText = Reviewer })).ToContainTextAsync(Roles.Reviewer);
        await Chromium.ScreenshotAsync(page, "accounts-3-created", fullPage: true);

        // 3. The reviewer sees every batch, the shipped examples among them; no 账号管理.
        await session.LogOutAsync();
        await session.LogInAsync(Reviewer, TestAccounts.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = ExampleBatch.Label })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "账号管理" })).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "accounts-4-reviewer");

        // 4. The 部门用户 sees none of it: the examples belong to no unit.
        await session.LogOutAsync();
        await session.LogInAsync(DepartmentUser, TestAccounts.Password);
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(Roles.Department);
        await Assertions.Expect(page.GetByText("还没有上传过文件。")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "accounts-5-department-user");
        var response = await page.GotoAsync("/admin/users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByText("没有权限")).ToBeVisibleAsync();
    }

    /// <summary>Fills and sends the 账号管理 page's account form (the page is open).</summary>
    internal static async Task CreateAccountAsync(IPage page, string userName, string password, string role, string? unit)
    {
        var form = page.Locator("#account-form");
        await form.GetByLabel("用户名").FillAsync(userName);
        await form.GetByLabel("初始密码").FillAsync(password);
        await form.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = role });
        if (unit is not null) await form.GetByLabel("所属部门/单位").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await form.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
    }
}
