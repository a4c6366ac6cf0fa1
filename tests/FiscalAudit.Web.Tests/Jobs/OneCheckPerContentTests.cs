using System.Security.Cryptography;
using System.Text;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// One check job per content: an upload whose content's early check a worker is already running (its result not yet
/// stored) leaves its documents to that check, as does a second upload of the same content meanwhile — two files of it
/// in one upload included — and an upload after the result is stored queues none; every document gets the one result,
/// on SQLite and on PostgreSQL.
/// </summary>
public sealed class OneCheckPerContentTests
{
    [Fact]
    public async Task Sqlite_the_same_content_uploaded_while_it_is_checked_is_checked_once() => await CheckedOnce(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_the_same_content_uploaded_while_it_is_checked_is_checked_once() => await CheckedOnce(await TestStore.PostgresAsync());

    private static async Task CheckedOnce(TestStore store)
    {
        await using var _ = store;
        var hold = new RunningCheckHold();
        await using var app = new WebAppFactory(store, services: hold.AddTo);
        using var api = app.SignedInClient();
        await WebApi.GetAsync(api, "/api/batches");
        // A content of its own (a unique line added to the shipped example): only its jobs are counted.
        var content = CorrectedExample.Original.Concat(Encoding.UTF8.GetBytes($"\n（报送编号 {Guid.NewGuid():N}）\n")).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));

        hold.Arm();
        var first = await WebApi.UploadBatchAsync(api, (CorrectedExample.Name, content));
        Assert.True(hold.Held, "the upload was saved before its content's check was running");
        var second = await WebApi.UploadBatchAsync(api, ("再次报送.txt", content), ("再次报送（副本）.txt", content));
        Assert.Equal(1, Checks.CheckJobs(app.Services, hash));
        hold.Release();

        var shown = new List<Document>();
        foreach (var batch in new[] { first, second }) shown.AddRange(await Checks.FinishedAsync(app.Services, batch));
        await Checks.QueueIdleAsync(app.Services);
        Assert.Equal(1, Checks.CheckJobs(app.Services, hash));

        var third = await WebApi.UploadBatchAsync(api, ("第三次报送.txt", content));
        shown.AddRange(await Checks.FinishedAsync(app.Services, third));
        await Checks.QueueIdleAsync(app.Services);
        Assert.Equal(1, Checks.CheckJobs(app.Services, hash));

        var result = Assert.Single(await Checks.ResultsAsync(app.Services), r => r.Hash == hash);
        Assert.Equal(4, shown.Count);
        Assert.All(shown, d => Assert.Equal((DocumentStatus.Done, result.Errors, result.Warnings), (d.Status, d.Errors, d.Warnings)));
        Assert.True(result.Errors > 0, "the shipped example's errors were not found");
    }

    [Fact]
    public async Task Sqlite_a_document_saved_while_its_result_is_stored_gets_it() => await SavedWhileStored(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_document_saved_while_its_result_is_stored_gets_it() => await SavedWhileStored(await TestStore.PostgresAsync());

    /// <summary>
    /// An upload of a file and its corrected version (a newer content) starts both checks while it streams in; the first to
    /// store its result is held at the commit, after it gave the result to the documents then waiting — none yet: the upload
    /// saves its batch only now. On PostgreSQL the batch is saved meanwhile and leaves its document to the running check,
    /// which must give it the result once committed (its second look at the waiting documents — without it the document
    /// stays queued); on SQLite, one writer at a time, the upload waits for the commit and takes the stored result itself.
    /// Either way: one job and one result per content, each document done with its own content's result within seconds
    /// (not left to the queue sweep), never the other's.
    /// </summary>
    private static async Task SavedWhileStored(TestStore store)
    {
        await using var _ = store;
        var hold = new RunningCheckHold(whileStoring: true);
        await using var app = new WebAppFactory(store, services: hold.AddTo);
        using var api = app.SignedInClient();
        await WebApi.GetAsync(api, "/api/batches");
        var unique = Encoding.UTF8.GetBytes($"\n（报送编号 {Guid.NewGuid():N}）\n");
        var original = CorrectedExample.Original.Concat(unique).ToArray();
        var corrected = CorrectedExample.Corrected.Concat(unique).ToArray();

        hold.Arm();
        var upload = WebApi.UploadBatchAsync(api, (CorrectedExample.Name, original), (CorrectedExample.CorrectedName, corrected));
        await hold.HeldAsync();
        if (store.Postgres is not null)
            Assert.True(await Task.WhenAny(upload, Task.Delay(TimeSpan.FromSeconds(30))) == upload, "the upload was not saved while the check's result was uncommitted");
        else
            Assert.False(await Task.WhenAny(upload, Task.Delay(TimeSpan.FromSeconds(1))) == upload, "SQLite let the upload write while the check held its write");
        hold.Release();
        var batch = await upload;

        var documents = await Checks.FinishedAsync(app.Services, batch, seconds: 30);
        await Checks.QueueIdleAsync(app.Services);
        var results = await Checks.ResultsAsync(app.Services);
        foreach (var document in documents)
        {
            Assert.Equal(1, Checks.CheckJobs(app.Services, document.Hash!));
            var result = Assert.Single(results, r => r.Hash == document.Hash);
            Assert.Equal((DocumentStatus.Done, result.Errors, result.Warnings, result.CheckedAt), (document.Status, document.Errors, document.Warnings, document.FinishedAt));
        }
        Assert.NotEqual(documents[0].Errors, documents[1].Errors);
    }
}
