using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// Every endpoint about one document (read from the application's EndpointDataSource, so a new one is
/// covered the day it is added — the review's decisions, notes, states, decisions file and versions among
/// them) refuses another department's user with 404 or 403, never showing the document; the document's
/// own department reads it. Without login they answer 401 (<see cref="EndpointAccessTests"/>).
/// </summary>
public sealed class DocumentEndpointAccessTests
{
    [Fact]
    public async Task Every_document_endpoint_refuses_another_departments_user()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var (_, own, other) = await TestAccounts.TwoDepartmentsAsync(app);
        using var ownClient = own;
        using var otherClient = other;
        var batch = await WebApi.UploadBatchAsync(own, ("财政局决算.txt", CorrectedExample.Original));
        var document = WebApi.Documents(await WebApi.DoneAsync(own, batch))[0].GetProperty("id").GetInt64();
        var finding = CliFindings.Ids(CliFindings.Example)[0];

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Regex.IsMatch(e.RoutePattern.RawText!, @"^/?(api/)?documents/\{id"))
            .ToList();
        var checkedRequests = 0;
        foreach (var endpoint in endpoints)
        {
            var path = "/" + Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)[^}]*\}", m => m.Groups[1].Value == "id" ? document.ToString() : finding) + "?format=xlsx";
            // The query is what the export needs; the other endpoints ignore it. A page is read (GET): its forms post with a token.
            var methods = path.StartsWith("/api/", StringComparison.Ordinal) ? endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"] : ["GET"];
            foreach (var method in methods)
            {
                HttpRequestMessage Request() => new(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json") };
                using var refused = await other.SendAsync(Request());
                var body = await refused.Content.ReadAsStringAsync();
                Assert.True(refused.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path}: {(int)refused.StatusCode} {body}");
                Assert.True(WebApi.IsChinese(body) && !body.Contains("财政局决算", StringComparison.Ordinal), $"{method} {path}: {body}");
                if (method == "GET")
                {
                    using var allowed = await own.SendAsync(Request());
                    Assert.True(allowed.IsSuccessStatusCode, $"{method} {path} by its own department: {(int)allowed.StatusCode}");
                }
                checkedRequests++;
            }
        }
        Assert.True(checkedRequests >= 12, $"only {checkedRequests} requests checked");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.EndsWith("/review", StringComparison.Ordinal));
    }
}
