using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace FiscalAudit.Web.Tests.Browser;

/// <summary>
/// A reviewer's path in a real Chromium: upload the two Shanghai final accounts through the page, watch
/// the batch reach 完成, open a document, click a finding — its box is drawn over the rendered PDF page
/// where the finding's coordinates say, and its related place is marked — and download its Excel ledger. Screenshots of every step are
/// kept in TestResults/screenshots of the test output.
/// </summary>
public sealed class DocumentViewerTests
{
    private const string Tested = "24年普陀区财政局（测试问题版本）.pdf";

    /// <summary>An overlay may differ from the converted box by rounding and the page's border only.</summary>
    private const double Pixels = 3;

    [BrowserFact]
    public async Task A_clicked_finding_is_boxed_over_the_rendered_pdf_page_and_its_related_place_is_marked()
    {
        var pdfs = Directory.GetFiles(Path.Combine(Repo.Shared, "corpus", "final-accounts-pdf"), "*.pdf")
            .Where(f => !Path.GetFileName(f).Contains("模板", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, pdfs.Length);
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);

        // 1. Upload both files through the page's form.
        await page.GotoAsync("/");
        await session.ChooseUploadsAsync(pdfs);
        await Assertions.Expect(page.Locator("#chosen")).ToContainTextAsync("已选择 2 个文件");
        await Chromium.ScreenshotAsync(page, "1-upload");
        await page.Locator("#upload-button").ClickAsync();
        await page.WaitForURLAsync(new Regex("/batches/[0-9]+$"), Navigation.Committed);

        // 2. The batch page follows the checks until both are 完成.
        await Assertions.Expect(page.Locator("#batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("#documents td[data-field=status]")).ToHaveTextAsync(["完成", "完成"]);
        await Chromium.ScreenshotAsync(page, "2-batch-done");

        // 3. Open the document; its pages are drawn by pdf.js.
        await page.GetByRole(AriaRole.Link, new() { Name = Tested }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/documents/[0-9]+$"), Navigation.Committed);
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-pdf-ready", "true", new() { Timeout = 60_000 });
        var documentId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await Assertions.Expect(page.Locator(".pdf-page[data-page='1']")).ToHaveAttributeAsync("data-rendered", "true");
        await Chromium.ScreenshotAsync(page, "3-document");

        // 4. Click a finding whose related place is on another page.
        var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/documents/{documentId}")).RootElement;
        var finding = json.GetProperty("findings").EnumerateArray().First(f =>
            f.GetProperty("location").TryGetProperty("box", out var own)
            && f.GetProperty("related").EnumerateArray().Any(r => r.TryGetProperty("box", out var other) && other.GetProperty("page").GetInt32() != own.GetProperty("page").GetInt32()));
        var id = finding.GetProperty("id").GetString()!;
        var box = finding.GetProperty("location").GetProperty("box");
        var relatedBox = finding.GetProperty("related").EnumerateArray().First(r => r.TryGetProperty("box", out _)).GetProperty("box");
        await page.Locator($"#f-{id}").ClickAsync();

        var overlay = page.Locator($".box.current[data-id='{id}']");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($".pdf-page[data-page='{box.GetProperty("page").GetInt32()}']")).ToHaveAttributeAsync("data-rendered", "true");
        await AssertDrawnAtAsync(page, overlay, box, pdfs.Single(p => p.EndsWith(Tested, StringComparison.Ordinal)));
        var shown = (await overlay.BoundingBoxAsync())!;
        Assert.InRange(shown.Y, 0, 1000 - shown.Height);
        await Chromium.ScreenshotAsync(page, "4-finding-clicked");

        // 5. Its related place is marked on its own page.
        var related = page.Locator($".box.related[data-related-of='{id}']");
        await Assertions.Expect(related).ToHaveCountAsync(1);
        await related.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.Locator($".pdf-page[data-page='{relatedBox.GetProperty("page").GetInt32()}']")).ToHaveAttributeAsync("data-rendered", "true");
        await AssertDrawnAtAsync(page, related, relatedBox, pdfs.Single(p => p.EndsWith(Tested, StringComparison.Ordinal)));
        await Chromium.ScreenshotAsync(page, "5-related-place");

        // 6. Zoomed in, the pages are drawn larger and the finding's box follows.
        await page.Locator("#zoom-in").ClickAsync();
        await Assertions.Expect(page.Locator("#zoom-level")).ToHaveTextAsync("125%");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-pdf-ready", "true");
        await Assertions.Expect(page.Locator($".pdf-page[data-page='{box.GetProperty("page").GetInt32()}']")).ToHaveAttributeAsync("data-rendered", "true");
        Assert.True((await overlay.BoundingBoxAsync())!.Width > shown.Width * 1.2);
        await AssertDrawnAtAsync(page, overlay, box, pdfs.Single(p => p.EndsWith(Tested, StringComparison.Ordinal)));
        await Chromium.ScreenshotAsync(page, "6-zoomed-in");

        // 7. In the extracted tables the finding's cell is highlighted with the printed value.
        await page.Locator(".tab[data-tab=tables]").ClickAsync();
        await page.Locator($"#f-{id}").ClickAsync();
        var cell = page.Locator("#tab-tables td.hit");
        await Assertions.Expect(cell).ToBeInViewportAsync();
        Assert.Equal(finding.GetProperty("actual").GetDecimal(), decimal.Parse((await cell.TextContentAsync())!.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
        await Chromium.ScreenshotAsync(page, "7-tables");

        // 8. Filtered by the finding's rule, the list keeps exactly that rule's findings.
        var rule = finding.GetProperty("rule").GetString()!;
        await page.Locator("#filter-rule").SelectOptionAsync(rule);
        var ofRule = json.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("rule").GetString() == rule);
        await Assertions.Expect(page.Locator(".finding:visible")).ToHaveCountAsync(ofRule);
        await Assertions.Expect(page.Locator($".finding:visible[data-rule='{rule}']")).ToHaveCountAsync(ofRule);
        await Chromium.ScreenshotAsync(page, "8-filtered-by-rule");

        // 9. The rule id leads to the rule's help page.
        await page.GotoAsync((await page.Locator($"#f-{id} a.rule").GetAttributeAsync("href"))!);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(rule);
        await Chromium.ScreenshotAsync(page, "9-rule-help");

        // 10. Back on the document, its Excel ledger is downloaded: every finding of the page, by id.
        await page.GoBackAsync();
        // The rule filter, restored by the browser, still rules the list.
        await Assertions.Expect(page.Locator(".finding:visible")).ToHaveCountAsync(await page.Locator("#filter-rule").InputValueAsync() == rule ? ofRule : json.GetProperty("findings").GetArrayLength());
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出审核台账（Excel）" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = Path.Combine(Path.GetTempPath(), $"fiscalaudit-download-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(saved);
        var ledger = FiscalAudit.Tests.Reports.WorkbookContent.Read(await File.ReadAllBytesAsync(saved));
        File.Delete(saved);
        Assert.Equal(
            json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal),
            ledger.Rows("问题清单").Select(r => r["编号"].Text).Order(StringComparer.Ordinal));
        await Chromium.ScreenshotAsync(page, "11-exported");
    }

    [BrowserFact]
    public async Task A_clicked_finding_of_a_text_file_highlights_its_source_line()
    {
        await using var session = await BrowserSession.StartAsync();
        var (app, page) = (session.App, session.Page);
        // The shipped example, checked on first start.
        var batches = JsonDocument.Parse(await app.Client.GetStringAsync("/api/batches")).RootElement.GetProperty("batches");
        var batch = await WebApi.DoneAsync(app.Client, batches.EnumerateArray().Single().GetProperty("id").GetInt64());
        var documentId = WebApi.Documents(batch).Single().GetProperty("id").GetInt64();
        var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/documents/{documentId}")).RootElement;
        var finding = json.GetProperty("findings").EnumerateArray().Last(f => f.GetProperty("location").GetProperty("line").ValueKind == JsonValueKind.Number);
        var line = finding.GetProperty("location").GetProperty("line").GetInt32();

        await page.GotoAsync($"/documents/{documentId}");
        await Assertions.Expect(page.Locator("#viewer")).ToHaveAttributeAsync("data-ready", "true");
        await page.Locator($"#f-{finding.GetProperty("id").GetString()}").ClickAsync();

        var hit = page.Locator(".source-lines li.hit").First;
        await Assertions.Expect(hit).ToBeInViewportAsync();
        await Assertions.Expect(hit).ToHaveAttributeAsync("data-line", line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Chromium.ScreenshotAsync(page, "10-text-source-line");
    }

    /// <summary>
    /// The overlay's rectangle on screen against the finding's box (PDF points, origin bottom-left)
    /// scaled to the drawn page: the page's size in points is read from the file itself.
    /// </summary>
    private static async Task AssertDrawnAtAsync(IPage page, ILocator overlay, JsonElement box, string pdf)
    {
        var number = box.GetProperty("page").GetInt32();
        using var document = PdfDocument.Open(pdf);
        var size = document.GetPage(number);
        var drawn = (await page.Locator($".pdf-page[data-page='{number}']").BoundingBoxAsync())!;
        var scale = drawn.Width / size.Width;
        Assert.InRange(drawn.Height / size.Height, scale * 0.99, scale * 1.01);
        double Coordinate(string name) => box.GetProperty(name).GetDouble();
        var actual = (await overlay.BoundingBoxAsync())!;
        Assert.InRange(actual.X, drawn.X + Coordinate("x0") * scale - Pixels, drawn.X + Coordinate("x0") * scale + Pixels);
        Assert.InRange(actual.Y, drawn.Y + (size.Height - Coordinate("y1")) * scale - Pixels, drawn.Y + (size.Height - Coordinate("y1")) * scale + Pixels);
        Assert.InRange(actual.Width, (Coordinate("x1") - Coordinate("x0")) * scale - Pixels, (Coordinate("x1") - Coordinate("x0")) * scale + Pixels);
        Assert.InRange(actual.Height, (Coordinate("y1") - Coordinate("y0")) * scale - Pixels, (Coordinate("y1") - Coordinate("y0")) * scale + Pixels);
    }
}
