using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// Bearer tokens end before they expire: POST /api/auth/logout revokes the token it is called with; an
/// administrator disabling an account or giving it a new password (on the 账号管理 page) revokes all of
/// that account's tokens at once, and a disabled account gets no new one.
/// </summary>
public sealed class TokenRevocationTests
{
    [Fact]
    public async Task Logout_revokes_the_presented_token_only()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        await TestAccounts.CreateAsync(app.Services, "审核员", Roles.Reviewer);
        using var client = app.CreateClient();
        var first = await TokenAsync(client, "审核员", TestAccounts.Password);
        var second = await TokenAsync(client, "审核员", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, first, HttpMethod.Get, "/api/batches"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, first, HttpMethod.Post, "/api/auth/logout"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, first, HttpMethod.Get, "/api/batches"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, first, HttpMethod.Post, "/api/auth/logout"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, second, HttpMethod.Get, "/api/batches"));

        using var request = Request(first, HttpMethod.Get, "/api/batches");
        var refused = await client.SendAsync(request);
        Assert.True(WebApi.IsChinese(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Disabling_an_account_or_setting_its_password_revokes_its_tokens()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var unit = await TestAccounts.UnitAsync(app.Services, "301", "某区民政局");
        await TestAccounts.CreateAsync(app.Services, "民政局填报人", Roles.Department, unit);
        await TestAccounts.CreateAsync(app.Services, "审核员", Roles.Reviewer);
        using var client = app.CreateClient();
        using var adminPage = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await PageForms.PostAsync(adminPage, "/login", "/login", new Dictionary<string, string> { ["UserName"] = SignIn.AdminName, ["Password"] = SignIn.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var department = await TokenAsync(client, "民政局填报人", TestAccounts.Password);
        var reviewer = await TokenAsync(client, "审核员", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminPostAsync(adminPage, "Disable", new() { ["UserName"] = "民政局填报人" })).StatusCode);
        Assert.Contains("已停用", await adminPage.GetStringAsync("/admin/users"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, department, HttpMethod.Get, "/api/batches"));
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, reviewer, HttpMethod.Get, "/api/batches"));
        var disabled = await SignIn.RequestTokenAsync(client, "民政局填报人", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, disabled.StatusCode);
        Assert.Contains("账号已停用", await disabled.Content.ReadAsStringAsync());
        // A wrong password is told nothing more than for any account.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.RequestTokenAsync(client, "民政局填报人", "不对的密码")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminPostAsync(adminPage, "Enable", new() { ["UserName"] = "民政局填报人" })).StatusCode);
        var again = await TokenAsync(client, "民政局填报人", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, again, HttpMethod.Get, "/api/batches"));

        const string newPassword = "新的密码-2026-12";
        var tooShort = await AdminPostAsync(adminPage, "Password", new() { ["UserName"] = "民政局填报人", ["Password"] = "短" });
        Assert.Contains("至少", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, again, HttpMethod.Get, "/api/batches"));
        Assert.Equal(HttpStatusCode.Redirect, (await AdminPostAsync(adminPage, "Password", new() { ["UserName"] = "民政局填报人", ["Password"] = newPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(client, again, HttpMethod.Get, "/api/batches"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn.RequestTokenAsync(client, "民政局填报人", TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusWithAsync(client, await TokenAsync(client, "民政局填报人", newPassword), HttpMethod.Get, "/api/batches"));

        // Only administrators reach these forms; an administrator cannot lock themselves out.
        using var reviewerClient = app.SignedInClient("审核员", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewerClient.PostAsync("/admin/users?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "民政局填报人" }))).StatusCode);
        Assert.Contains("不能停用自己", await (await AdminPostAsync(adminPage, "Disable", new() { ["UserName"] = SignIn.AdminName })).Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> AdminPostAsync(HttpClient admin, string handler, Dictionary<string, string> fields) =>
        PageForms.PostAsync(admin, "/admin/users", $"/admin/users?handler={handler}", fields);

    private static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        var answer = await SignIn.RequestTokenAsync(client, userName, password);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }

    private static HttpRequestMessage Request(string token, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<HttpStatusCode> StatusWithAsync(HttpClient client, string token, HttpMethod method, string path)
    {
        using var request = Request(token, method, path);
        return (await client.SendAsync(request)).StatusCode;
    }
}
