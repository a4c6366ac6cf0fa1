using System.Data.Common;
using FiscalAudit.Web.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Once <see cref="Arm"/> is called, holds the first transaction a background worker starts — a check about to store its
/// result — until <see cref="Release"/>, and lets an upload (a request to <paramref name="uploadPath"/>) save its batch only
/// once that check is held: the upload then finds its content's check running with no result stored, a race made certain.
/// <paramref name="whileStoring"/> holds that transaction at its commit instead: the result is written and given to the
/// documents that were waiting, but nobody else sees it yet — an upload saved then is one the check did not give it to.
/// </summary>
public sealed class RunningCheckHold(string uploadPath = "/api/batches", bool whileStoring = false) : DbTransactionInterceptor
{
    private readonly IHttpContextAccessor http = new HttpContextAccessor();

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int armed;
    private int taken;

    /// <summary>The application's services with the hold on its database (for <see cref="WebAppFactory"/>).</summary>
    public void AddTo(IServiceCollection services) => services.ConfigureDbContext<AuditDbContext>(o => o.AddInterceptors(this));

    /// <summary>True once a worker's check was held.</summary>
    public bool Held => held.Task.IsCompleted;

    /// <summary>Completes once a worker's check is held (fails after a minute).</summary>
    public Task HeldAsync() => held.Task.WaitAsync(Patience);

    /// <summary>From now on (the application started, its own transactions done) the next worker transaction is held.</summary>
    public void Arm() => Interlocked.Exchange(ref armed, 1);

    public void Release() => released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref armed) == 0) return result;
        if (http.HttpContext is null)
        {
            if (!whileStoring) await HoldFirstAsync(cancellationToken);
        }
        else if (http.HttpContext.Request.Path.Value?.EndsWith(uploadPath, StringComparison.Ordinal) == true)
        {
            await held.Task.WaitAsync(Patience, cancellationToken);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (whileStoring && Volatile.Read(ref armed) == 1 && http.HttpContext is null) await HoldFirstAsync(cancellationToken);
        return result;
    }

    /// <summary>Holds the first worker transaction to get here; the others pass.</summary>
    private async Task HoldFirstAsync(CancellationToken cancellation)
    {
        if (Interlocked.Exchange(ref taken, 1) != 0) return;
        held.SetResult();
        await released.Task.WaitAsync(Patience, cancellation);
    }
}
