using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// `--worker-only` processes take the checks queued by a web process that runs no worker, and open no
/// port — through PostgreSQL; on SQLite (whose queue is the web process's own) one is refused with the reason.
/// </summary>
public sealed class WorkerOnlyTests
{
    private static readonly Dictionary<string, string> NoWorkers = new() { ["FiscalAudit:Workers"] = "0" };

    [Fact]
    public async Task A_worker_process_on_sqlite_is_refused_with_the_reason()
    {
        await using var store = TestStore.Sqlite();
        using var worker = AppProcess.Worker(store);

        Assert.Equal(2, await worker.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("需要与网页进程共用 PostgreSQL 中的任务队列", worker.Output);
        Assert.Contains("FISCALAUDIT_DB", worker.Output);
    }

    [PostgresFact]
    public async Task Postgres_worker_process_checks_what_the_web_process_queued()
    {
        await using var store = await TestStore.PostgresAsync();
        await using var web = new WebAppFactory(store, NoWorkers);
        var batch = await Checks.IntakeAsync(web.Services, Checks.File(CliFindings.Example));
        using var worker = AppProcess.Worker(store);

        var document = (await Checks.FinishedAsync(web.Services, batch)).Single();

        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.False(worker.HasExited, worker.Output);
        if (OperatingSystem.IsLinux()) Assert.Equal(0, ListeningSockets.Count(worker.Id));
    }
}
