using FiscalAudit.Web.Application;
using FiscalAudit.Web.Jobs;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// While the application runs, documents whose check job was lost — it vanished, failed for good, or was
/// taken by a worker process that died — are given a new job within an invisibility timeout, on SQLite and PostgreSQL.
/// </summary>
public sealed class LostJobTests
{
    private static readonly Dictionary<string, string> QuickSweep = new() { ["FiscalAudit:InvisibilityTimeout"] = "00:00:02" };

    private static readonly Dictionary<string, string> NoWorkers = new() { ["FiscalAudit:Workers"] = "0" };

    [Fact]
    public async Task Sqlite_a_document_whose_job_vanished_is_checked_while_running() =>
        await VanishedJobIsReplaced(TestStore.Sqlite(), Guid.NewGuid().ToString());

    [PostgresFact]
    public async Task Postgres_a_document_whose_job_vanished_is_checked_while_running() =>
        await VanishedJobIsReplaced(await TestStore.PostgresAsync(), "987654321");

    /// <summary>The sweep lock a process killed while sweeping left in the storage keeps the others from sweeping only for an invisibility timeout.</summary>
    [PostgresFact]
    public async Task Postgres_a_sweep_lock_left_by_a_killed_process_does_not_stop_the_sweep() =>
        await VanishedJobIsReplaced(await TestStore.PostgresAsync(), "987654321",
            storage => storage.GetConnection().AcquireDistributedLock(QueueSweep.LockName, TimeSpan.FromSeconds(10)));

    [Fact]
    public async Task Sqlite_a_job_held_by_a_server_that_stopped_beating_is_not_pending() =>
        await DeadServersJobIsNotPending(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_job_held_by_a_server_that_stopped_beating_is_not_pending() =>
        await DeadServersJobIsNotPending(await TestStore.PostgresAsync());

    /// <param name="killedProcessLeft">Leaves in the job storage what a process killed as the app started would have left there.</param>
    private static async Task VanishedJobIsReplaced(TestStore store, string lostJob, Action<JobStorage>? killedProcessLeft = null)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store, QuickSweep);
        killedProcessLeft?.Invoke(app.Services.GetRequiredService<JobStorage>());
        var content = await File.ReadAllBytesAsync(CliFindings.Example);
        long batchId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As if the queue had lost the job after the upload recorded it (an in-memory queue restarted, a job deleted).
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
            db.StoredFiles.Add(new StoredFile { Hash = hash, Name = "示例.txt", Length = content.Length, Content = content, StoredAt = DateTime.UtcNow });
            var batch = new Batch
            {
                CreatedAt = DateTime.UtcNow,
                Documents = { new Document { File = "示例.txt", Hash = hash, Length = content.Length, Status = DocumentStatus.Queued, CheckJobId = lostJob } },
            };
            db.Batches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        var document = (await Checks.FinishedAsync(app.Services, batchId, seconds: 60)).Single();
        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.NotEqual(lostJob, document.CheckJobId);
        Assert.Equal(document.Hash, Assert.Single(await Checks.ResultsAsync(app.Services)).Hash);
    }

    private static async Task DeadServersJobIsNotPending(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store, NoWorkers);
        var scheduler = app.Services.GetRequiredService<ICheckScheduler>();
        var client = app.Services.GetRequiredService<IBackgroundJobClient>();
        var storage = app.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            connection.AnnounceServer("beating:1", new ServerContext { Queues = ["default"], WorkerCount = 1 });
            connection.Heartbeat("beating:1");
        }

        var job = scheduler.Enqueue("0000000000000000000000000000000000000000000000000000000000000000");
        Assert.True(scheduler.IsPending(job));
        Assert.True(client.ChangeState(job, new TakenBy("beating:1"), EnqueuedState.StateName));
        Assert.True(scheduler.IsPending(job));
        Assert.False(scheduler.IsWaiting(job));
        Assert.True(client.ChangeState(job, new TakenBy("killed:2"), ProcessingState.StateName));
        Assert.False(scheduler.IsPending(job));
        Assert.True(client.Delete(job));
        Assert.False(scheduler.IsPending(job));
    }

    /// <summary>The state a worker gives a job it takes (Hangfire's own ProcessingState cannot be built outside Hangfire).</summary>
    private sealed class TakenBy(string server) : IState
    {
        public string Name => ProcessingState.StateName;

        public string Reason => "taken by a worker";

        public bool IsFinal => false;

        public bool IgnoreJobLoadException => false;

        public Dictionary<string, string> SerializeData() => new()
        {
            ["StartedAt"] = DateTime.UtcNow.ToString("O"),
            ["ServerId"] = server,
            ["WorkerId"] = "worker-1",
        };
    }
}
