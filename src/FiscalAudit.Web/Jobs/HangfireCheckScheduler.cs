using FiscalAudit.Web.Application;
using FiscalAudit.Web.Hosting;
using Hangfire;
using Hangfire.States;

namespace FiscalAudit.Web.Jobs;

/// <summary>Enqueues <see cref="CheckDocumentJob"/> in the shared Hangfire storage, where any worker process takes it.</summary>
public sealed class HangfireCheckScheduler(IBackgroundJobClient client, JobStorage storage, WebSettings settings, TimeProvider clock) : ICheckScheduler
{
    private static readonly HashSet<string> PendingStates = new(StringComparer.OrdinalIgnoreCase)
    {
        EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName,
    };

    public string Enqueue(string hash) => client.Enqueue<CheckDocumentJob>(job => job.RunAsync(hash, CancellationToken.None));

    private static readonly HashSet<string> WaitingStates = new(StringComparer.OrdinalIgnoreCase)
    {
        EnqueuedState.StateName, ScheduledState.StateName, AwaitingState.StateName,
    };

    /// <summary>
    /// A job taken by a server that no longer beats (killed, lost its machine) is not pending: the storage
    /// may never hand it to another worker (seen with Hangfire.PostgreSql), so the queue gives its documents a new one.
    /// </summary>
    public bool IsPending(string jobId)
    {
        using var connection = storage.GetConnection();
        if (connection.GetStateData(jobId) is not { } state || !PendingStates.Contains(state.Name)) return false;
        return state.Name != ProcessingState.StateName
            || !state.Data.TryGetValue("ServerId", out var server)
            || ServerAlive(server);
    }

    public bool IsWaiting(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId) is { } state && WaitingStates.Contains(state.Name);
    }

    private bool ServerAlive(string server)
    {
        var since = clock.GetUtcNow().UtcDateTime - settings.InvisibilityTimeout;
        return storage.GetMonitoringApi().Servers().Any(s => s.Name == server && s.Heartbeat is { } beat && beat >= since);
    }
}
