using FiscalAudit.Engine;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// A check of a scan held while its recognition is shown: the scan is really recognised (every page), then the check is
/// held — <see cref="RecognitionShown"/> writes the progress as the reason of the running documents with those bytes, as
/// the worker does — until <see cref="ReleaseAsync"/> lets it end with the result. The progress stays meanwhile, so a test
/// waits for it without racing a machine fast enough to recognise the pages between two looks.
/// </summary>
public sealed class HeldRecognition
{
    private readonly TaskCompletionSource<AuditResult> check = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly AuditResult result;
    private readonly Task<AuditResult> shown;

    private HeldRecognition(AuditDbContext db, string hash, string name, byte[] scan)
    {
        var limit = new CheckLimit(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));
        result = new Auditor().Audit(name, scan, limit, CancellationToken.None);
        shown = RecognitionShown.WhileAsync(db, hash, check.Task, limit.Progress, CancellationToken.None);
    }

    /// <summary>Recognises the scan, then holds its check (the documents with <paramref name="hash"/> should be running).</summary>
    public static HeldRecognition Start(AuditDbContext db, string hash, string name, byte[] scan) => new(db, hash, name, scan);

    /// <summary>Lets the check end; its result, once the progress is no longer written.</summary>
    public async Task<AuditResult> ReleaseAsync()
    {
        check.SetResult(result);
        var ended = await shown;
        Assert.Same(result, ended);
        return ended;
    }
}
