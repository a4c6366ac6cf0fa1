using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Pages;

/// <summary>The Chinese pages, the live progress stream and the examples checked on first start.</summary>
public sealed class PageTests
{
    /// <summary>The pages' encoder: Chinese as text.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public async Task Pages_show_the_batch_and_the_findings_of_the_stored_json()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)), ("旧.doc", new byte[] { 1 }));
        var batch = await WebApi.DoneAsync(client, batchId);
        var documentId = WebApi.Named(batch, "示例.txt").GetProperty("id").GetInt64();
        var json = await WebApi.GetAsync(client, $"/api/documents/{documentId}");

        var index = await client.GetStringAsync("/");
        var batchPage = await client.GetStringAsync($"/batches/{batchId}");
        var documentPage = await client.GetStringAsync($"/documents/{documentId}");

        Assert.Contains("上传文件审核", index);
        Assert.Contains("支持 .pdf .ofd .docx .docm .dotx .dotm .xlsx .xlsm .xltx .xltm .doc .wps .xls .et .rtf .odt .ods .fodt .fods .html .htm .mht .mhtml .txt .md .markdown .text .csv 及 .zip 压缩包", index);
        Assert.Contains($"/batches/{batchId}", index);
        Assert.Contains("示例.txt", batchPage);
        Assert.Contains("未受理", batchPage);
        Assert.Contains(Html.Encode(WebApi.Named(batch, "旧.doc").GetProperty("reason").GetString()!), batchPage);
        foreach (var finding in json.GetProperty("findings").EnumerateArray())
        {
            Assert.Contains($"id=\"f-{finding.GetProperty("id").GetString()}\"", documentPage);
            Assert.Contains(Html.Encode(finding.GetProperty("message").GetString()!), documentPage);
        }
        Assert.Contains("错误（", documentPage);
        var rejected = WebApi.Named(batch, "旧.doc");
        var rejectedPage = await client.GetStringAsync($"/documents/{rejected.GetProperty("id").GetInt64()}");
        Assert.Contains("该文件未受理，没有审核结果，原因见上方说明。", rejectedPage);
        Assert.Contains(Html.Encode(rejected.GetProperty("reason").GetString()!), rejectedPage);
        Assert.DoesNotContain("check-waiting", rejectedPage);
        Assert.DoesNotContain("document-wait.js", rejectedPage);
    }

    [Fact]
    public async Task Unknown_pages_answer_a_chinese_page()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();

        foreach (var path in new[] { "/batches/42", "/documents/42", "/no/such/page" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("找不到", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_form_posted_from_a_stale_page_is_refused_with_a_page_that_says_to_reload()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = await app.PageClientAsync();
        using var otherSession = await app.PageClientAsync();
        using var api = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(api, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        var othersToken = PageForms.AntiforgeryToken(await otherSession.GetStringAsync($"/batches/{batchId}"));

        foreach (var fields in new[] { new Dictionary<string, string> { ["__RequestVerificationToken"] = othersToken }, new Dictionary<string, string>() })
        {
            var response = await client.PostAsync($"/batches/{batchId}?handler=Recheck", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("页面已过期", page);
            Assert.Contains("刷新后重新操作", page);
        }
        Assert.DoesNotContain("无需重新审核", await client.GetStringAsync($"/batches/{batchId}"));
    }

    [Fact]
    public async Task Progress_events_follow_the_batch_until_it_is_done()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));

        using var response = await client.GetAsync($"/api/batches/{batchId}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var states = new List<JsonElement>();
        while (await reader.ReadLineAsync() is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) states.Add(JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());

        Assert.NotEmpty(states);
        var last = states[^1];
        Assert.Equal("done", last.GetProperty("status").GetString());
        Assert.Equal(1, last.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.Equal("done", WebApi.Documents(last)[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task First_start_checks_the_shipped_examples_once()
    {
        await using var store = TestStore.Sqlite();
        var seed = new Dictionary<string, string> { ["FiscalAudit:SeedExamples"] = "true" };
        await using (var first = new WebAppFactory(store, seed))
        {
            using var client = first.SignedInClient();
            var batches = (await WebApi.GetAsync(client, "/api/batches")).GetProperty("batches").EnumerateArray().ToList();
            var examples = Assert.Single(batches);
            Assert.Equal(ExampleBatch.Label, examples.GetProperty("label").GetString());
            var batch = await WebApi.DoneAsync(client, examples.GetProperty("id").GetInt64());
            var example = WebApi.Named(batch, "示例市示例管理局2023年度部门决算.txt");
            Assert.Equal("done", example.GetProperty("status").GetString());
            // 审核任务 and 归属确认 show these names: every example has a Chinese one, none its English file name.
            Assert.All(WebApi.Documents(batch), d => Assert.True(WebApi.IsChinese(d.GetProperty("file").GetString()), d.GetProperty("file").GetString()));
            Assert.Equal(CliFindings.Ids(CliFindings.Example), CliFindings.Ids(await WebApi.GetAsync(client, $"/api/documents/{example.GetProperty("id").GetInt64()}")));
        }

        await using var second = new WebAppFactory(store, seed);
        using var again = second.SignedInClient();
        Assert.Single((await WebApi.GetAsync(again, "/api/batches")).GetProperty("batches").EnumerateArray());
    }
}
