using System.Text.Json;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// Files handed to the application are checked by its background workers once per content, with the
/// command line's findings, and a restart loses nothing — on SQLite and on PostgreSQL.
/// </summary>
public sealed class BackgroundCheckTests
{
    [Fact]
    public async Task Sqlite_checks_each_content_once_with_the_cli_findings() => await ChecksEachContentOnce(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_checks_each_content_once_with_the_cli_findings() => await ChecksEachContentOnce(await TestStore.PostgresAsync());

    [Fact]
    public async Task Sqlite_restart_runs_the_checks_queued_before_it() => await RestartLosesNothing(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_restart_runs_the_checks_queued_before_it() => await RestartLosesNothing(await TestStore.PostgresAsync());

    [Fact]
    public async Task A_second_run_of_a_check_stores_nothing_twice()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        var batch = await Checks.IntakeAsync(app.Services, Checks.File(CliFindings.Example));
        var document = (await Checks.FinishedAsync(app.Services, batch)).Single();

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CheckRunner>().CheckAsync(document.Hash!, CancellationToken.None);

        Assert.Single(await Checks.ResultsAsync(app.Services));
        Assert.Equal(DocumentStatus.Done, (await Checks.DocumentsAsync(app.Services, batch)).Single().Status);
    }

    [Fact]
    public async Task Documents_stored_but_never_queued_are_checked_at_the_next_start()
    {
        await using var store = TestStore.Sqlite();
        var content = await File.ReadAllBytesAsync(CliFindings.Example);
        long batchId;
        await using (var first = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:Workers"] = "0" }))
        {
            // As if the process stopped after storing an upload and before queuing its check.
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
            db.StoredFiles.Add(new StoredFile { Hash = hash, Name = "示例.txt", Length = content.Length, Content = content, StoredAt = DateTime.UtcNow });
            var batch = new Batch { CreatedAt = DateTime.UtcNow, Documents = { new Document { File = "示例.txt", Hash = hash, Length = content.Length, Status = DocumentStatus.Queued } } };
            db.Batches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        await using var second = new WebAppFactory(store);
        var document = (await Checks.FinishedAsync(second.Services, batchId)).Single();
        Assert.Equal(DocumentStatus.Done, document.Status);
    }

    private static async Task ChecksEachContentOnce(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        var first = await Checks.IntakeAsync(app.Services, Checks.File(CliFindings.Example), Checks.File(CliFindings.Example, "改名/副本.txt"));
        var documents = await Checks.FinishedAsync(app.Services, first);
        var second = await Checks.IntakeAsync(app.Services, Checks.File(CliFindings.Example, "再次上传.txt"));
        var again = (await Checks.FinishedAsync(app.Services, second)).Single();

        var result = Assert.Single(await Checks.ResultsAsync(app.Services));
        Assert.All(documents.Append(again), d => Assert.Equal(DocumentStatus.Done, d.Status));
        Assert.Null(documents[0].DuplicateOf);
        Assert.Equal(documents[0].Id, documents[1].DuplicateOf);
        Assert.Equal(documents[0].Id, again.DuplicateOf);

        var cli = CliFindings.Document(CliFindings.Example);
        var stored = JsonDocument.Parse(result.DocumentJson).RootElement;
        Assert.NotEmpty(CliFindings.Ids(cli));
        Assert.Equal(CliFindings.Ids(cli), CliFindings.Ids(stored));
        Assert.Equal(cli.GetProperty("department").GetString(), again.Department);
        Assert.Equal(cli.GetProperty("year").GetInt32(), again.Year);
        Assert.Equal(cli.GetProperty("kind").GetString(), again.Kind);
        Assert.Equal(cli.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error"), again.Errors);
    }

    private static async Task RestartLosesNothing(TestStore store)
    {
        await using var _ = store;
        long batchId;
        await using (var stopped = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:Workers"] = "0" }))
        {
            batchId = await Checks.IntakeAsync(stopped.Services, Checks.File(CliFindings.Example));
            Assert.Equal(DocumentStatus.Queued, (await Checks.DocumentsAsync(stopped.Services, batchId)).Single().Status);
        }

        await using var restarted = new WebAppFactory(store);
        Assert.Equal(DocumentStatus.Done, (await Checks.FinishedAsync(restarted.Services, batchId)).Single().Status);
        Assert.Single(await Checks.ResultsAsync(restarted.Services));
    }
}
