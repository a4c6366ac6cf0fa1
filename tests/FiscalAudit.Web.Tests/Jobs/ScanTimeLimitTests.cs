using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Web.Tests.Support;

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
    /// One second for the check and a minute per scanned page: twelve pages are recognised (several seconds on two cores, so a busy machine's slow polls still see it) and
    /// the document is checked, not stopped; the batch showed the recognition going on meanwhile.
    /// </summary>
    [OcrFact]
    public async Task A_scan_longer_than_the_base_limit_is_checked_and_its_recognition_shown()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string>
        {
            ["FiscalAudit:CheckTimeLimit"] = "00:00:01",
            ["FiscalAudit:CheckTimePerScannedPage"] = "00:01:00",
        });
        using var client = app.SignedInClient();
        var id = await WebApi.UploadBatchAsync(client, ("扫描件.pdf", Scan(12)));
        var shown = new HashSet<string>();
        for (var wait = DateTime.UtcNow.AddMinutes(5); DateTime.UtcNow < wait; await Task.Delay(100))
        {
            var document = Assert.Single(WebApi.Documents(await WebApi.GetAsync(client, $"/api/batches/{id}")));
            if (document.GetProperty("status").GetString() == "running" && document.GetProperty("reason").GetString() is { } reason) shown.Add(reason);
            if (document.GetProperty("status").GetString() is "done" or "failed")
            {
                Assert.Equal("done", document.GetProperty("status").GetString());
                break;
            }
        }
        Assert.Contains(shown, s => s.StartsWith("正在识别扫描页 ", StringComparison.Ordinal) && s.EndsWith("/12", StringComparison.Ordinal));
        var json = await WebApi.GetAsync(client, $"/api/documents/{Assert.Single(WebApi.Documents(await WebApi.GetAsync(client, $"/api/batches/{id}"))).GetProperty("id").GetInt64()}");
        Assert.DoesNotContain(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "FA0005");
    }

    /// <summary>A scan of <paramref name="pages"/> pages, each a line of text rendered at 300 dpi.</summary>
    private static byte[] Scan(int pages) => ScannedPdf.Build(Enumerable.Repeat(ScannedPdf.OfText("Total 12.50", 300), pages).ToList());
}
