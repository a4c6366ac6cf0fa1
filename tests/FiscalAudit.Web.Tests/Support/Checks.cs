using FiscalAudit.Web.Application;
using FiscalAudit.Web.Jobs;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Helpers that act on a running application's services and wait for its workers.</summary>
public static class Checks
{
    public static async Task<long> IntakeAsync(IServiceProvider services, params IncomingFile[] files)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BatchIntake>().CreateAsync(files.ToAsyncEnumerable(), null, null, CancellationToken.None)
            ?? throw new InvalidOperationException("no batch was created");
    }

    public static IncomingFile File(string path, string? name = null) =>
        IncomingFile.Accepted(name ?? Path.GetFileName(path), System.IO.File.ReadAllBytes(path));

    /// <summary>The batch's documents once none is queued or running (fails after <paramref name="seconds"/>).</summary>
    public static async Task<List<Document>> FinishedAsync(IServiceProvider services, long batchId, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var documents = await DocumentsAsync(services, batchId);
            if (documents.All(d => d.Status.IsFinished())) return documents;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"batch {batchId} not finished after {seconds} s: " + string.Join(", ", documents.Select(d => $"{d.File}={d.Status}")));
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Waits (up to <paramref name="seconds"/>) until no check job is queued, scheduled or running: a batch is done once its
    /// documents have a result, but another job for the same content (the upload's early one, a retry) may still run, and
    /// a job that finds no result of the current engine stores one — after a test has made the results look outdated, too.
    /// </summary>
    public static async Task QueueIdleAsync(IServiceProvider services, int seconds = 120)
    {
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (monitoring.EnqueuedCount("default") + monitoring.ScheduledCount() + monitoring.ProcessingCount() > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"check jobs still waiting or running after {seconds} s");
            await Task.Delay(200);
        }
    }

    /// <summary>How many check jobs the job storage holds for the content, in any state (waiting, running, done, failed, deleted).</summary>
    public static int CheckJobs(IServiceProvider services, string hash)
    {
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        const int all = int.MaxValue;
        var jobs = monitoring.EnqueuedJobs("default", 0, all).Select(j => j.Value.Job)
            .Concat(monitoring.ScheduledJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.ProcessingJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.SucceededJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.FailedJobs(0, all).Select(j => j.Value.Job))
            .Concat(monitoring.DeletedJobs(0, all).Select(j => j.Value.Job));
        return jobs.Count(j => j?.Type == typeof(CheckDocumentJob) && Equals(j.Args[0], hash));
    }

    public static async Task<List<Document>> DocumentsAsync(IServiceProvider services, long batchId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return await db.Documents.AsNoTracking().Where(d => d.BatchId == batchId).OrderBy(d => d.Position).ToListAsync();
    }

    public static async Task<List<CheckResult>> ResultsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().CheckResults.AsNoTracking().ToListAsync();
    }
}
