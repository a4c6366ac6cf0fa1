using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// A batch checked by an earlier engine (its results stored under another engine version) says so on its page, and
/// 用当前版本重新审核 checks its documents again: a new result under the current version is stored and shown, the old one
/// is kept, and afterwards nothing is left to check again — on SQLite and on PostgreSQL.
/// </summary>
public sealed class RecheckTests
{
    [Fact]
    public async Task Sqlite_rechecks_what_an_earlier_engine_checked() => await RechecksOutdated(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_rechecks_what_an_earlier_engine_checked() => await RechecksOutdated(await TestStore.PostgresAsync());

    [Fact]
    public async Task A_batch_checked_by_the_current_engine_offers_no_recheck_and_a_post_changes_nothing()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = await app.PageClientAsync();
        using var api = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(api, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        await WebApi.DoneAsync(api, batchId);

        Assert.DoesNotContain("用当前版本重新审核", await client.GetStringAsync($"/batches/{batchId}"));
        await EarlierEngine.RecheckAsync(client, $"/batches/{batchId}");

        Assert.Contains("无需重新审核", await client.GetStringAsync($"/batches/{batchId}"));
        Assert.Single(await Checks.ResultsAsync(app.Services));
        Assert.Equal(DocumentStatus.Done, (await Checks.DocumentsAsync(app.Services, batchId)).Single().Status);
    }

    private static async Task RechecksOutdated(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var client = await app.PageClientAsync();
        using var api = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);
        var batchId = await WebApi.UploadBatchAsync(api, ("示例.txt", example), ("示例副本.txt", example), ("旧.doc", new byte[] { 1 }));
        var before = await WebApi.DoneAsync(api, batchId);
        await Checks.QueueIdleAsync(app.Services);
        await EarlierEngine.MarkAsync(store, expectedResults: 1);

        var outdated = await client.GetStringAsync($"/batches/{batchId}");
        Assert.Contains("本批次有 2 个文件的审核结果由较早版本的审核规则生成", outdated);
        Assert.Contains("用当前版本重新审核", outdated);

        await EarlierEngine.RecheckAsync(client, $"/batches/{batchId}");
        Assert.Contains("已将 2 个文件交给当前版本重新审核", await client.GetStringAsync($"/batches/{batchId}"));
        var documents = await Checks.FinishedAsync(app.Services, batchId);
        var after = await WebApi.DoneAsync(api, batchId);

        var results = await Checks.ResultsAsync(app.Services);
        Assert.Equal(new[] { EarlierEngine.Version, EngineVersion.Current }, results.OrderBy(r => r.CheckedAt).Select(r => r.EngineVersion));
        Assert.Equal(new[] { DocumentStatus.Done, DocumentStatus.Done, DocumentStatus.Rejected }, documents.Select(d => d.Status));
        foreach (var file in new[] { "示例.txt", "示例副本.txt" })
            Assert.Equal(WebApi.Named(before, file).GetProperty("errors").GetInt32(), WebApi.Named(after, file).GetProperty("errors").GetInt32());
        Assert.DoesNotContain("用当前版本重新审核", await client.GetStringAsync($"/batches/{batchId}"));
    }
}
