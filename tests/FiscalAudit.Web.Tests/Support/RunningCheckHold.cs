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
/// </summary>
public sealed class RunningCheckHold(string uploadPath = "/api/batches") : DbTransactionInterceptor
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

    /// <summary>From now on (the application started, its own transactions done) the next worker transaction is held.</summary>
    public void Arm() => Interlocked.Exchange(ref armed, 1);

    public void Release() => released.TrySetResult();

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref armed) == 0) return result;
        if (http.HttpContext is null)
        {
            if (Interlocked.Exchange(ref taken, 1) == 0)
            {
                held.SetResult();
                await released.Task.WaitAsync(Patience, cancellationToken);
            }
        }
        else if (http.HttpContext.Request.Path.Value?.EndsWith(uploadPath, StringComparison.Ordinal) == true)
        {
            await held.Task.WaitAsync(Patience, cancellationToken);
        }
        return result;
    }
}
