using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Holds the first database transaction of each of <paramref name="requests"/> requests to a path ending in
/// <paramref name="pathEnd"/> until all of them have reached it, then lets them go together: whatever those requests
/// read before their transaction, they all read before any of them writes — a race made certain. Later transactions
/// (a retry) and those of the background workers pass untouched.
/// </summary>
public sealed class TransactionBarrier(IHttpContextAccessor http, string pathEnd, int requests) : DbTransactionInterceptor
{
    private readonly TaskCompletionSource all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<HttpContext> held = new();

    /// <summary>True once every request reached the barrier.</summary>
    public bool Met => all.Task.IsCompleted;

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (http.HttpContext is { } context && context.Request.Path.Value?.EndsWith(pathEnd, StringComparison.Ordinal) == true && Hold(context))
            await all.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return result;
    }

    /// <summary>True for a request's first transaction while fewer than all are held; releases them when the last arrives.</summary>
    private bool Hold(HttpContext context)
    {
        lock (held)
        {
            if (Met || !held.Add(context)) return false;
            if (held.Count == requests) all.SetResult();
            return true;
        }
    }
}
