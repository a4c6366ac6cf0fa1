using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>`--worker-only` processes take the checks queued by a web process that runs no worker, and open no port.</summary>
public sealed class WorkerOnlyTests
{
    private static readonly Dictionary<string, string> NoWorkers = new() { ["FiscalAudit:Workers"] = "0" };

    [Fact]
    public async Task Sqlite_worker_process_checks_what_the_web_process_queued() => await WorkerChecks(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_worker_process_checks_what_the_web_process_queued() => await WorkerChecks(await TestStore.PostgresAsync());

    private static async Task WorkerChecks(TestStore store)
    {
        await using var _ = store;
        await using var web = new WebAppFactory(store, NoWorkers);
        var batch = await Checks.IntakeAsync(web.Services, Checks.File(CliFindings.Example));
        using var worker = AppProcess.Worker(store);

        var document = (await Checks.FinishedAsync(web.Services, batch)).Single();

        Assert.Equal(DocumentStatus.Done, document.Status);
        Assert.False(worker.HasExited, worker.Output);
        if (OperatingSystem.IsLinux()) Assert.Equal(0, ListeningSockets.Count(worker.Id));
    }
}
