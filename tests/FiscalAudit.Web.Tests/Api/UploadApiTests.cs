using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>Upload → background check → results through the HTTP API, on SQLite and on PostgreSQL.</summary>
public sealed class UploadApiTests
{
    [Fact]
    public async Task Sqlite_upload_is_checked_and_answers_like_the_cli() => await UploadIsChecked(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_upload_is_checked_and_answers_like_the_cli() => await UploadIsChecked(await TestStore.PostgresAsync());

    [SharedFact]
    public async Task Shanghai_pdfs_get_the_cli_finding_ids()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var paths = new[] { Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"), Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf") };
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client, paths.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToArray()));

        foreach (var path in paths)
        {
            var row = WebApi.Named(batch, Path.GetFileName(path));
            Assert.Equal("done", row.GetProperty("status").GetString());
            var document = await WebApi.GetAsync(client, $"/api/documents/{row.GetProperty("id").GetInt64()}");
            var ids = CliFindings.Ids(document);
            Assert.NotEmpty(ids);
            Assert.Equal(CliFindings.Ids(path), ids);
            Assert.All(document.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("location").TryGetProperty("box", out _), f.ToString()));
        }
    }

    [SharedFact]
    public async Task Budgets_are_listed_with_their_level()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var (unit, department) = (Repo.BudgetPdf("上海市普陀区商务委员会单位25年预算.pdf"), Repo.BudgetPdf("上海市普陀区商务委员会25年预算.pdf"));
        var id = await WebApi.UploadBatchAsync(client, new[] { unit, department }.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToArray());
        var batch = await WebApi.DoneAsync(client, id);

        var unitRow = WebApi.Named(batch, Path.GetFileName(unit));
        Assert.Equal(("budget", "unit"), (unitRow.GetProperty("kind").GetString(), unitRow.GetProperty("level").GetString()));
        Assert.Equal("department", WebApi.Named(batch, Path.GetFileName(department)).GetProperty("level").GetString());
        var page = await client.GetStringAsync($"/batches/{id}");
        Assert.Contains("<td data-field=\"kind\">单位预算</td>", page);
        Assert.Contains("<td data-field=\"kind\">部门预算</td>", page);
        var documentPage = await client.GetStringAsync($"/documents/{unitRow.GetProperty("id").GetInt64()}");
        Assert.Contains("<dd>单位预算</dd>", documentPage);
    }

    private static async Task UploadIsChecked(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);

        var response = await WebApi.UploadAsync(client, ("决算/示例.txt", example), ("副本.txt", example), ("分卷.rar", new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0 }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var batch = await WebApi.DoneAsync(client, id);

        Assert.Equal(id, batch.GetProperty("id").GetInt64());
        var first = WebApi.Named(batch, "决算/示例.txt");
        var copy = WebApi.Named(batch, "副本.txt");
        var doc = WebApi.Named(batch, "分卷.rar");
        Assert.Equal("done", first.GetProperty("status").GetString());
        Assert.Equal(1, first.GetProperty("checks").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("duplicateOf").ValueKind);
        Assert.Equal(first.GetProperty("id").GetInt64(), copy.GetProperty("duplicateOf").GetInt64());
        Assert.Equal(1, copy.GetProperty("checks").GetInt32());
        Assert.Equal("rejected", doc.GetProperty("status").GetString());
        Assert.Equal(UnsupportedFormats.ReasonNotChecked("分卷.rar"), doc.GetProperty("reason").GetString());

        var cli = CliFindings.Document(CliFindings.Example);
        Assert.Equal(cli.GetProperty("kind").GetString(), first.GetProperty("kind").GetString());
        Assert.Equal(cli.GetProperty("department").GetString(), first.GetProperty("department").GetString());
        Assert.Equal(cli.GetProperty("year").GetInt32(), first.GetProperty("year").GetInt32());
        Assert.Equal(Count(cli, "error"), first.GetProperty("errors").GetInt32());
        Assert.Equal(Count(cli, "warning"), first.GetProperty("warnings").GetInt32());
        Assert.Equal(Count(cli, "info"), first.GetProperty("infos").GetInt32());

        // The document object is the CLI's, but for the name it was uploaded under.
        var served = await WebApi.GetAsync(client, $"/api/documents/{copy.GetProperty("id").GetInt64()}");
        Assert.Equal("副本.txt", served.GetProperty("file").GetString());
        Assert.Equal(WithoutFile(cli), WithoutFile(served));

        var list = await WebApi.GetAsync(client, "/api/batches");
        var listed = Assert.Single(list.GetProperty("batches").EnumerateArray());
        Assert.Equal(3, listed.GetProperty("documents").GetInt32());
        Assert.Equal("done", listed.GetProperty("status").GetString());
    }

    private static int Count(JsonElement document, string severity) =>
        document.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == severity);

    private static string WithoutFile(JsonElement document)
    {
        var node = JsonNode.Parse(document.GetRawText())!.AsObject();
        node.Remove("file");
        return node.ToJsonString();
    }
}
