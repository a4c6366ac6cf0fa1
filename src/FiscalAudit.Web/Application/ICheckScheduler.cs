namespace FiscalAudit.Web.Application;

/// <summary>Hands the check of one content (by hash) to the background workers.</summary>
public interface ICheckScheduler
{
    /// <summary>Queues a check; returns the job's id.</summary>
    string Enqueue(string hash);

    /// <summary>True while the job will still run: queued, scheduled, or taken by a worker (a dead worker's job is taken up again).</summary>
    bool IsPending(string jobId);

    /// <summary>True while the job waits to be taken by a worker (queued or scheduled, not yet running).</summary>
    bool IsWaiting(string jobId);
}
