using System.Text.RegularExpressions;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// A scanned PDF uploaded through the page: while its pages are recognised the batch page shows how far under the file's name
/// (“正在识别扫描页 N/M”), and the line goes away when the document is 完成. Screenshots of both are kept in TestResults/screenshots.
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
            await File.WriteAllBytesAsync(scan, ScannedPdf.Build(Enumerable.Repeat(ScannedPdf.OfText("Total 12.50", 300), 12).ToList()));
            await using var session = await BrowserSession.StartAsync();
            var page = session.Page;
            await page.GotoAsync("/");
            await page.Locator("#upload-form input[type=file]:not([webkitdirectory])").SetInputFilesAsync(scan);
            await page.Locator("#upload-button").ClickAsync();
            await page.WaitForURLAsync(new Regex("/batches/[0-9]+$"), Navigation.Committed);

            var reason = page.Locator("#documents .reason");
            await Assertions.Expect(reason).ToHaveTextAsync(new Regex("^正在识别扫描页 [0-9]+/12$"), new() { Timeout = 120_000 });
            await Chromium.ScreenshotAsync(page, "scan-1-recognising");

            await Assertions.Expect(page.Locator("#documents td[data-field=status]")).ToHaveTextAsync("完成", new() { Timeout = 300_000 });
            await Assertions.Expect(reason).ToHaveCountAsync(0);
            await Chromium.ScreenshotAsync(page, "scan-2-done");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
