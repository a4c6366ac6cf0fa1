using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// While a scanned document is recognised, the reviewer sees how far (“正在识别扫描页 12/40”) as the reason of the documents
/// being checked with those bytes — a long scan is at work, not stuck. Written to the database once a second at most,
/// so the batch page shows it whichever process checks; the stored result replaces it.
/// </summary>
public static class RecognitionShown
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Waits for <paramref name="check"/>, showing the recognition's progress meanwhile.</summary>
    public static async Task<AuditResult> WhileAsync(AuditDbContext db, string hash, Task<AuditResult> check, RecognitionProgress progress, CancellationToken cancellation)
    {
        string? shown = null;
        while (await Task.WhenAny(check, Task.Delay(Interval, cancellation)) != check)
        {
            if (Text(progress) is not { } text || text == shown) continue;
            await db.Documents.Where(d => d.Hash == hash && d.Status == DocumentStatus.Running).ExecuteUpdateAsync(s => s.SetProperty(d => d.Reason, text), cancellation);
            shown = text;
        }
        return await check;
    }

    /// <summary>“正在识别扫描页 12/40”; null before any page is to be recognised.</summary>
    public static string? Text(RecognitionProgress progress) => progress.Total == 0 ? null : $"正在识别扫描页 {progress.Done}/{progress.Total}";
}
