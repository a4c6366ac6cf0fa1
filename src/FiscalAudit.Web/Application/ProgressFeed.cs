using System.Runtime.CompilerServices;

namespace FiscalAudit.Web.Application;

/// <summary>
/// A batch's state once a second until it is done, for the live progress of the batch page. It reads
/// the database, so it follows workers in other processes too.
/// </summary>
public sealed class ProgressFeed(BatchQueries batches)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public async IAsyncEnumerable<BatchView> WatchAsync(long id, [EnumeratorCancellation] CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var view = await batches.FindAsync(id, cancellation);
            if (view is null) yield break;
            yield return view;
            if (view.Status == "done") yield break;
            await Task.Delay(Interval, cancellation);
        }
    }
}
