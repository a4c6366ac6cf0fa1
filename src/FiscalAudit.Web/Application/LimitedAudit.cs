using System.Diagnostics;
using FiscalAudit.Engine;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The engine within the per-document time limit (<see cref="WebSettings.CheckTimeLimit"/>, and
/// <see cref="WebSettings.CheckTimePerScannedPage"/> more for each page of a scan to recognise): a document
/// that takes longer gets one FA0005 finding and the worker goes on. The engine stops by itself at its
/// next page, recogniser or rule; should one step never end, the worker stops waiting a short grace
/// after the limit and leaves that step to finish on its own — it is told to stop at its next boundary.
/// </summary>
public sealed class LimitedAudit(Auditor auditor, WebSettings settings)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>A new limit for one check; its progress tells how far the recognition of a scan has come.</summary>
    public CheckLimit Limit() => new(settings.CheckTimeLimit, settings.CheckTimePerScannedPage);

    /// <summary>Checks a document for a worker; cancelling <paramref name="cancellation"/> (the worker stopping) leaves it unchecked.</summary>
    public async Task<AuditResult> CheckAsync(string name, byte[] content, CheckLimit limit, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var check = Task.Run(() => auditor.Audit(name, content, limit, cancellation), cancellation);
        while (true)
        {
            try
            {
                return await check.WaitAsync(limit.Remaining(watch.Elapsed, Grace), cancellation);
            }
            catch (TimeoutException) when (limit.Remaining(watch.Elapsed, Grace) <= TimeSpan.Zero)
            {
                return auditor.TimedOut(name, limit.Current);
            }
            catch (TimeoutException)
            {
                // The limit grew meanwhile: the scan's pages to recognise became known.
            }
        }
    }

    /// <summary>Reads a document again (page, exports) under the same limit, so it ends as its stored check did.</summary>
    public AuditResult Audit(string name, byte[] content, CancellationToken cancellation = default) =>
        auditor.Audit(name, content, Limit(), cancellation);
}
