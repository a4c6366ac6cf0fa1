using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// Every endpoint the application maps (read from its EndpointDataSource, so a new one is covered the
/// day it is added) refuses a caller without login: the API with 401 and its Chinese JSON error, the
/// pages with a redirect to the login page. Only the login page and the token endpoint are open.
/// </summary>
public sealed class EndpointAccessTests
{
    [Fact]
    public async Task Every_endpoint_but_the_login_page_and_the_token_endpoint_needs_a_login()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var open = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(PathOf).Order().ToList();
        Assert.Equal(["/api/auth/token", "/login"], open);

        var checkedRequests = 0;
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = PathOf(endpoint);
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("") });
                var body = await response.Content.ReadAsStringAsync();
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode} {body}");
                    Assert.True(WebApi.IsChinese(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()), body);
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {path}: {(int)response.StatusCode}");
                    Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
                }
                checkedRequests++;
            }
        }
        Assert.True(checkedRequests >= 15, $"only {checkedRequests} requests checked");

        // The open ones answer, and the page styles load for the login page.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
    }

    [Fact]
    public async Task A_forged_or_garbled_token_is_refused()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.CreateClient();
        foreach (var token in new[] { "abc", "CfDJ8" + new string('A', 200), "" })
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var response = await client.GetAsync("/api/batches");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    /// <summary>The route with every parameter given a value ({id:long} → 1): authorization answers before any lookup.</summary>
    private static string PathOf(RouteEndpoint endpoint) =>
        "/" + Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]*\}", "1");
}
