using FiscalAudit.Web.Application;
using FiscalAudit.Web.Hosting;
using Hangfire;
using Hangfire.Storage;

namespace FiscalAudit.Web.Jobs;

/// <summary>
/// In every process that checks: once per <see cref="WebSettings.InvisibilityTimeout"/>, gives a new job to the
/// documents still waiting whose job failed for good, vanished, or was taken by a worker that died. One process
/// sweeps at a time (<see cref="LockName"/>, a lock in the job storage, which one left by a killed process no longer
/// holds after an invisibility timeout); a sweep that fails is logged and tried again next time.
/// </summary>
public sealed class QueueSweep(IServiceScopeFactory scopes, JobStorage storage, WebSettings settings, ILogger<QueueSweep> log) : BackgroundService
{
    public const string LockName = "fiscalaudit:queue-sweep";

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(settings.InvisibilityTimeout);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            try
            {
                await SweepAsync(stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                log.LogWarning(e, "queue sweep failed; trying again in {Interval}", settings.InvisibilityTimeout);
            }
        }
    }

    private async Task SweepAsync(CancellationToken stopping)
    {
        using var connection = storage.GetConnection();
        IDisposable sweepLock;
        try
        {
            sweepLock = connection.AcquireDistributedLock(LockName, TimeSpan.Zero);
        }
        catch (DistributedLockTimeoutException)
        {
            return;
        }
        using (sweepLock)
        {
            await using var scope = scopes.CreateAsyncScope();
            var queued = await scope.ServiceProvider.GetRequiredService<CheckQueue>().RecoverAsync(stopping);
            if (queued.Count > 0) log.LogWarning("queued again {Count} content(s) whose check job was lost: {Hashes}", queued.Count, string.Join(", ", queued));
        }
    }
}
