using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// Issue 12, OCR: a scan's check may take longer by a time per page it recognises (FiscalAudit__CheckTimePerScannedPage), so
/// a long scan is not cut off by the limit meant for text; while it is recognised the reviewer sees how far
/// (“正在识别扫描页 N/M”), then the result.
/// </summary>
[Collection(nameof(TimedAlone))]
public sealed class ScanTimeLimitTests
{
    [OcrFact]
    public void The_limit_grows_by_the_time_per_page_for_each_page_recognised()
    {
        var limit = new CheckLimit(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));
        var result = new Auditor().Audit("扫描件.pdf", Scan(3), limit, CancellationToken.None);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0005");
        Assert.Equal((3, 3), (limit.Progress.Total, limit.Progress.Done));
        Assert.Equal(TimeSpan.FromSeconds(330), limit.Current);
    }

    /// <summary>
    /// Ten seconds for the check and a minute per scanned page: the twelve-page scan (1–5 s a page on two cores) is checked,
    /// not stopped. The base limit covers what comes before the pages to recognise are known (reading the PDF: well under a
    /// second alone, but one second was passed on a CI machine loaded many times over, and the scan was stopped).
    /// </summary>
    [OcrFact]
    public async Task A_scan_longer_than_the_base_limit_is_checked()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string>
        {
            ["FiscalAudit:CheckTimeLimit"] = "00:00:10",
            ["FiscalAudit:CheckTimePerScannedPage"] = "00:01:00",
        });
        using var client = app.SignedInClient();
        var id = await WebApi.UploadBatchAsync(client, ("扫描件.pdf", Scan(12)));
        var document = Assert.Single(await Checks.FinishedAsync(app.Services, id, seconds: 300));
        Assert.Equal(DocumentStatus.Done, document.Status);
        var json = await WebApi.GetAsync(client, $"/api/documents/{document.Id}");
        Assert.DoesNotContain(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "FA0005");
    }

    /// <summary>
    /// While a check recognises a scan, the documents being checked with its bytes show how far it has come: the progress of a
    /// real recognition (three pages) is written as their reason while the check is held, and the check's result is
    /// returned once it ends — no race with a fast machine.
    /// </summary>
    [OcrFact]
    public async Task While_a_scan_is_recognised_the_documents_show_how_far()
    {
        await using var store = TestStore.Sqlite();
        var hash = new string('c', 64);
        await using var db = store.Open();
        await DatabaseSetup.UpgradeAsync(db, new WebSettings { DataFolder = store.DataFolder }, TextWriter.Null);
        db.StoredFiles.Add(new StoredFile { Hash = hash, Name = "扫描件.pdf", Length = 1, Content = [0], StoredAt = DateTime.UtcNow });
        db.Batches.Add(new Batch { CreatedAt = DateTime.UtcNow, Documents = { new Document { File = "扫描件.pdf", Hash = hash, Length = 1, Status = DocumentStatus.Running } } });
        await db.SaveChangesAsync();

        var held = HeldRecognition.Start(db, hash, "扫描件.pdf", Scan(3));
        await using var reader = store.Open();
        string? reason = null;
        for (var until = DateTime.UtcNow.AddSeconds(60); reason is null && DateTime.UtcNow < until; await Task.Delay(100))
            reason = await reader.Documents.Where(d => d.Hash == hash).Select(d => d.Reason).SingleAsync();
        Assert.Equal("正在识别扫描页 3/3", reason);
        Assert.DoesNotContain((await held.ReleaseAsync()).Findings, f => f.RuleId == "FA0005");
    }

    /// <summary>A scan of <paramref name="pages"/> pages, each a line of text rendered at 300 dpi.</summary>
    private static byte[] Scan(int pages) => ScannedPdf.Build(Enumerable.Repeat(ScannedPdf.OfText("Total 12.50", 300), pages).ToList());
}
