using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>The token flow, lockout after 5 failures within 15 minutes, rate-limited logins, the login cookie with anti-forgery tokens.</summary>
public sealed class LoginTests
{
    /// <summary>Enough attempts that the rate limit does not interfere with the lockout.</summary>
    private static readonly Dictionary<string, string> ManyAttempts = new() { ["FiscalAudit:LoginAttemptsPerMinute"] = "100" };

    [Fact]
    public async Task A_token_opens_the_api_and_wrong_credentials_get_none()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.CreateClient();

        var answer = await SignIn.RequestTokenAsync(client, SignIn.AdminName, SignIn.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var token = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/batches")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/batches")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        client.DefaultRequestHeaders.Authorization = null;

        await AssertChineseError(await SignIn.RequestTokenAsync(client, SignIn.AdminName, "不对的密码"), HttpStatusCode.Unauthorized);
        await AssertChineseError(await SignIn.RequestTokenAsync(client, "nobody", SignIn.AdminPassword), HttpStatusCode.Unauthorized);
        await AssertChineseError(await client.PostAsync("/api/auth/token", new StringContent("{\"username\":", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_the_token_endpoint_and_the_login_page_until_unlocked()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, ManyAttempts);
        await TestAccounts.CreateAsync(app.Services, "reviewer", Roles.Reviewer);
        using var client = app.CreateClient();

        await FailUntilTheLastChanceAsync(client);
        var locked = await AssertChineseError(await SignIn.RequestTokenAsync(client, "reviewer", "wrong-password"), (HttpStatusCode)423);
        Assert.Contains("锁定", locked);

        // The right password no longer helps, on the API nor on the page; other accounts are unaffected.
        await AssertChineseError(await SignIn.RequestTokenAsync(client, "reviewer", TestAccounts.Password), (HttpStatusCode)423);
        var page = await PostLoginAsync(client, "reviewer", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("账号已锁定", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await SignIn.RequestTokenAsync(client, SignIn.AdminName, SignIn.AdminPassword)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Users.SingleAsync(u => u.UserName == "reviewer");
            Assert.InRange(account.LockoutEnd!.Value - DateTimeOffset.UtcNow, LoginCheck.Window - TimeSpan.FromMinutes(1), LoginCheck.Window);
        }

        // The account page shows the lock with its 解锁 button, whose handler ends it: the password works again.
        using var admin = app.SignedInClient();
        var accounts = await admin.GetStringAsync("/admin/users");
        Assert.Contains("已锁定至", accounts);
        Assert.Contains("解锁</button>", accounts);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountAdmin>().UnlockAsync("reviewer"));
        Assert.Equal(HttpStatusCode.OK, (await SignIn.RequestTokenAsync(client, "reviewer", TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Failures_older_than_fifteen_minutes_no_longer_count()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, ManyAttempts);
        await TestAccounts.CreateAsync(app.Services, "reviewer", Roles.Reviewer);
        using var client = app.CreateClient();
        await FailUntilTheLastChanceAsync(client);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var account = await db.Users.SingleAsync(u => u.UserName == "reviewer");
            Assert.Equal(LoginCheck.MaxFailures - 1, account.AccessFailedCount);
            account.FailedLoginsSince = DateTime.UtcNow - LoginCheck.Window - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync();
        }

        // The fifth failure is the first of a new window: no lockout.
        await AssertChineseError(await SignIn.RequestTokenAsync(client, "reviewer", "wrong-password"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.RequestTokenAsync(client, "reviewer", TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Logins_are_rate_limited_per_address()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:LoginAttemptsPerMinute"] = "3" });
        using var client = app.CreateClient();

        for (var attempt = 0; attempt < 2; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.RequestTokenAsync(client, "nobody", "wrong-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostLoginAsync(client, "nobody", "wrong-password")).StatusCode);
        var limited = await SignIn.RequestTokenAsync(client, SignIn.AdminName, SignIn.AdminPassword);
        await AssertChineseError(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        var page = await PostLoginAsync(client, SignIn.AdminName, SignIn.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("过于频繁", await page.Content.ReadAsStringAsync());
        // Pages that are not logins are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    [Fact]
    public async Task The_login_cookie_opens_pages_and_api_changes_need_the_pages_antiforgery_token()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var loggedIn = await PostLoginAsync(browser, SignIn.AdminName, SignIn.AdminPassword, returnUrl: "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        Assert.Equal("/admin/users", loggedIn.Headers.Location!.OriginalString);
        var cookie = loggedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FiscalAudit.Login=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var index = await browser.GetStringAsync("/");
        Assert.Contains("上传文件审核", index);
        var example = await File.ReadAllBytesAsync(CliFindings.Example);
        await AssertChineseError(await WebApi.UploadAsync(browser, ("示例.txt", example)), HttpStatusCode.BadRequest);
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", "forged");
        await AssertChineseError(await WebApi.UploadAsync(browser, ("示例.txt", example)), HttpStatusCode.BadRequest);
        browser.DefaultRequestHeaders.Remove("RequestVerificationToken");
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", PageForms.AntiforgeryToken(index));
        Assert.Equal(HttpStatusCode.Created, (await WebApi.UploadAsync(browser, ("示例.txt", example))).StatusCode);

        // A form posted without its token is refused; logging out ends the cookie's session.
        browser.DefaultRequestHeaders.Remove("RequestVerificationToken");
        var forged = await browser.PostAsync("/admin/users?handler=Unit", new FormUrlEncodedContent(new Dictionary<string, string> { ["UnitCode"] = "9", ["UnitName"] = "伪造" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var logout = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PageForms.AntiforgeryToken(index) }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/batches")).StatusCode);
    }

    [Fact]
    public async Task Without_a_given_password_the_first_administrator_gets_a_generated_one_printed_once()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string> { ["FISCALAUDIT_ADMIN_PASSWORD"] = "" });
        using var client = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var first = scope.ServiceProvider.GetRequiredService<FirstAdministrator>();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        // Started on an empty database: admin exists; the test removes it to watch the first start again.
        db.Users.Remove(await db.Users.SingleAsync(u => u.UserName == FirstAdministrator.UserName));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var console = new StringWriter();
        Assert.Null(await first.EnsureAsync(console));
        var printed = console.ToString();
        var password = Regex.Match(printed, "初始密码：(\\S+)").Groups[1].Value;
        Assert.Equal(16, password.Length);
        Assert.Contains("只显示这一次", printed);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.RequestTokenAsync(client, FirstAdministrator.UserName, password)).StatusCode);

        var again = new StringWriter();
        Assert.Null(await first.EnsureAsync(again));
        Assert.Equal("", again.ToString());
    }

    [Fact]
    public async Task A_given_password_too_short_stops_the_first_start_with_the_reason()
    {
        await using var store = TestStore.Sqlite();
        using var app = AppProcess.Serving(store, new Uri("http://127.0.0.1:0"), new Dictionary<string, string> { [FirstAdministrator.PasswordVariable] = "short" });

        Assert.Equal(2, await app.ExitCodeAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("无法创建管理员账号 admin：密码至少需要 8 个字符", app.Output);
        Assert.DoesNotContain("Exception", app.Output);
    }

    /// <summary>One failure fewer than locks the account "reviewer": each answered 401.</summary>
    private static async Task FailUntilTheLastChanceAsync(HttpClient client)
    {
        for (var failure = 1; failure < LoginCheck.MaxFailures; failure++)
            await AssertChineseError(await SignIn.RequestTokenAsync(client, "reviewer", "wrong-password"), HttpStatusCode.Unauthorized);
    }

    /// <summary>The login form as a browser posts it: the page's anti-forgery token with the name and password.</summary>
    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? returnUrl = null) =>
        PageForms.PostAsync(client, "/login", returnUrl is null ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    private static async Task<string> AssertChineseError(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {body}");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString();
        Assert.True(WebApi.IsChinese(error), body);
        return error!;
    }
}
