using System.Net;
using System.Text;
using System.Text.Json;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>Every failure answers in Chinese, in the Development environment too: no stack trace, no database message.</summary>
public sealed class ErrorAnswerTests
{
    [Fact]
    public async Task Bad_requests_and_unknown_ids_answer_chinese_json()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();

        await AssertChineseJson(await client.PostAsync("/api/batches", new StringContent("files=1", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.BadRequest);
        await AssertChineseJson(await client.PostAsync("/api/batches", new MultipartFormDataContent()), HttpStatusCode.BadRequest);
        await AssertChineseJson(await client.GetAsync("/api/batches/999"), HttpStatusCode.NotFound);
        await AssertChineseJson(await client.GetAsync("/api/documents/999"), HttpStatusCode.NotFound);
        await AssertChineseJson(await client.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_database_failure_is_a_chinese_error_without_its_message()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE \"CheckResults\"");

        var json = await client.GetAsync("/api/batches/1");
        var body = await AssertChineseJson(json, HttpStatusCode.InternalServerError);
        var page = await client.GetAsync("/nothing-here");
        var html = await page.Content.ReadAsStringAsync();

        foreach (var text in new[] { body })
        {
            Assert.DoesNotContain("CheckResults", text);
            Assert.DoesNotContain("Exception", text);
            Assert.DoesNotContain(" at ", text);
        }
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("找不到", html);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://localhost:5080;http://example.org:80")]
    public void Plain_http_to_the_network_is_served_with_a_chinese_notice(string urls)
    {
        var (listen, notice) = Listening.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build());
        Assert.Equal(urls, listen);
        Assert.True(WebApi.IsChinese(notice));
    }

    [Theory]
    [InlineData(null, "http://localhost:5080")]
    [InlineData("http://127.0.0.1:6000", "http://127.0.0.1:6000")]
    [InlineData("http://[::1]:6000", "http://[::1]:6000")]
    [InlineData("https://0.0.0.0:6001", "https://0.0.0.0:6001")]
    public void Loopback_and_https_addresses_are_used_without_notice(string? urls, string expected)
    {
        var (listen, notice) = Listening.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build());
        Assert.Null(notice);
        Assert.Equal(expected, listen);
    }

    private static async Task<string> AssertChineseJson(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.True(WebApi.IsChinese(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()), body);
        return body;
    }
}
