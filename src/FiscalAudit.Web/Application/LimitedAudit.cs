using FiscalAudit.Engine;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The engine within the per-document time limit (<see cref="WebSettings.CheckTimeLimit"/>): a document
/// that takes longer gets one FA0005 finding and the worker goes on. The engine stops by itself at its
/// next page, recogniser or rule; should one step never end, the worker stops waiting a short grace
/// after the limit and leaves that step to finish on its own — it is told to stop at its next boundary.
/// </summary>
public sealed class LimitedAudit(Auditor auditor, WebSettings settings)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>Checks a document for a worker; cancelling <paramref name="cancellation"/> (the worker stopping) leaves it unchecked.</summary>
    public async Task<AuditResult> CheckAsync(string name, byte[] content, CancellationToken cancellation)
    {
        var check = Task.Run(() => Audit(name, content, cancellation), cancellation);
        try
        {
            return await check.WaitAsync(settings.CheckTimeLimit + Grace, cancellation);
        }
        catch (TimeoutException)
        {
            return auditor.TimedOut(name, settings.CheckTimeLimit);
        }
    }

    /// <summary>Reads a document again (page, exports) under the same limit, so it ends as its stored check did.</summary>
    public AuditResult Audit(string name, byte[] content, CancellationToken cancellation = default) =>
        auditor.Audit(name, content, settings.CheckTimeLimit, cancellation);
}
