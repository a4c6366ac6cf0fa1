using System.Net;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// Behind an HTTPS reverse proxy listed in FISCALAUDIT_PROXIES, the forwarded scheme makes the login
/// cookies Secure and the redirects https; the same headers from any other address change nothing.
/// </summary>
public sealed class ReverseProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.20.30.40");

    [Fact]
    public async Task Forwarded_https_is_believed_from_a_listed_proxy_only()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string> { [ReverseProxy.Variable] = "192.168.0.0/16, 10.20.30.40" });

        var viaProxy = await GetAsync(app, Proxy, "/login");
        Assert.Contains(viaProxy.Response.Headers.SetCookie, c => c!.StartsWith("FiscalAudit.Antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("https://", (await GetAsync(app, Proxy, "/")).Response.Headers.Location.ToString());
        Assert.StartsWith("https://", (await GetAsync(app, IPAddress.Parse("192.168.7.9"), "/")).Response.Headers.Location.ToString());

        var direct = await GetAsync(app, IPAddress.Parse("172.16.0.9"), "/login");
        Assert.DoesNotContain(direct.Response.Headers.SetCookie, c => c!.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("http://", (await GetAsync(app, IPAddress.Parse("172.16.0.9"), "/")).Response.Headers.Location.ToString());
        Assert.Equal((int)HttpStatusCode.Redirect, (await GetAsync(app, Proxy, "/")).Response.StatusCode);
    }

    [Fact]
    public void A_proxy_entry_that_is_no_address_is_refused_in_chinese()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ReverseProxy.Variable] = "10.0.0.1;代理服务器" }).Build();
        var (options, problem) = ReverseProxy.Options(configuration);
        Assert.Equal("FISCALAUDIT_PROXIES 中的“代理服务器”既不是 IP 地址也不是网段（如 10.0.0.5 或 10.0.0.0/24），无法启动。", problem);
        Assert.Contains(IPAddress.Parse("10.0.0.1"), options.KnownProxies);
    }

    /// <summary>A request from <paramref name="from"/> saying the client used https.</summary>
    private static Task<HttpContext> GetAsync(WebAppFactory app, IPAddress from, string path) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Connection.RemoteIpAddress = from;
        });
}
