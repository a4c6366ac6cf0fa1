using System.Text.RegularExpressions;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// A scanned PDF uploaded through the page: while its pages are recognised the batch page shows how far under the file's name
/// (“正在识别扫描页 N/M”), and the line goes away when the document is 完成. The application runs without workers: the test's
/// own check takes the document, really recognises the scan and is held while the page is looked at (a fast machine's
/// recognition would otherwise come and go between two looks), then stores its result as a worker does. Screenshots of
/// both are kept in TestResults/screenshots.
/// </summary>
public sealed class ScanProgressBrowserTests
{
    [BrowserFact(Recognises = true)]
    public async Task The_batch_page_shows_the_recognition_of_a_scan_then_its_result()
    {
        var folder = Directory.CreateTempSubdirectory("scan-upload-");
        try
        {
            var scan = Path.Combine(folder.FullName, "扫描件.pdf");
            await File.WriteAllBytesAsync(scan, ScannedPdf.Build(Enumerable.Repeat(ScannedPdf.OfText("Total 12.50", 300), 3).ToList()));
            await using var session = await BrowserSession.StartAsync(environment: new Dictionary<string, string> { ["FiscalAudit__Workers"] = "0" });
            var page = session.Page;
            await page.GotoAsync("/");
            await session.ChooseUploadsAsync(scan);
            await page.Locator("#upload-button").ClickAsync();
            await page.WaitForURLAsync(new Regex("/batches/[0-9]+$"), Navigation.Committed);

            await using var db = session.Store.Open();
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.File == "扫描件.pdf");
            await db.Documents.Where(d => d.Id == document.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DocumentStatus.Running));
            var held = HeldRecognition.Start(db, document.Hash!, document.File, await File.ReadAllBytesAsync(scan));
            var reason = page.Locator("#documents .reason");
            await Assertions.Expect(reason).ToHaveTextAsync("正在识别扫描页 3/3", new() { Timeout = 120_000 });
            await Chromium.ScreenshotAsync(page, "scan-1-recognising");

            var stored = CheckSummary.From(document.Hash!, await held.ReleaseAsync(), DateTime.UtcNow);
            db.CheckResults.Add(stored);
            await db.SaveChangesAsync();
            await WaitingDocuments.ApplyAsync(db, stored, CancellationToken.None);
            await Assertions.Expect(page.Locator("#documents td[data-field=status]")).ToHaveTextAsync("完成", new() { Timeout = 120_000 });
            await Assertions.Expect(reason).ToHaveCountAsync(0);
            await Chromium.ScreenshotAsync(page, "scan-2-done");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
