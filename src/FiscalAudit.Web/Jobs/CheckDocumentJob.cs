using FiscalAudit.Web.Application;
using Hangfire;

namespace FiscalAudit.Web.Jobs;

/// <summary>
/// The background job: check one content by its hash. Idempotent — a retried or duplicated job finds
/// the stored result and only brings waiting documents up to date.
/// </summary>
public sealed class CheckDocumentJob(CheckRunner runner)
{
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("审核文件 {0}")]
    public Task RunAsync(string hash, CancellationToken cancellation) => runner.CheckAsync(hash, cancellation);
}
