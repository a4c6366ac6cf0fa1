using FiscalAudit.Web.Application;
using Hangfire;
using Hangfire.States;

namespace FiscalAudit.Web.Jobs;

/// <summary>Enqueues <see cref="CheckDocumentJob"/> in the shared Hangfire storage, where any worker process takes it.</summary>
public sealed class HangfireCheckScheduler(IBackgroundJobClient client, JobStorage storage) : ICheckScheduler
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

    public bool IsPending(string jobId) => StateIn(jobId, PendingStates);

    public bool IsWaiting(string jobId) => StateIn(jobId, WaitingStates);

    private bool StateIn(string jobId, IReadOnlySet<string> states)
    {
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId) is { } state && states.Contains(state.Name);
    }
}
