using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>The reports downloaded through the API, read back: ledger, 审核意见书 zip and annotated PDFs.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Sqlite_exports_list_every_finding_of_the_batch() => await ExportsListEveryFinding(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_exports_list_every_finding_of_the_batch() => await ExportsListEveryFinding(await TestStore.PostgresAsync());

    [Fact]
    public async Task Refusals_are_chinese_json_errors()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example))));
        var id = WebApi.Named(batch, "示例.txt").GetProperty("id").GetInt64();

        await Refused(client, $"/api/documents/{id}/export?format=pdf", HttpStatusCode.BadRequest);
        await Refused(client, $"/api/documents/{id}/export?format=html", HttpStatusCode.BadRequest);
        await Refused(client, $"/api/documents/{id}/export", HttpStatusCode.BadRequest);
        await Refused(client, $"/api/documents/{id + 1000}/export?format=xlsx", HttpStatusCode.NotFound);
        await Refused(client, $"/api/batches/{batch.GetProperty("id").GetInt64()}/export?format=pdf", HttpStatusCode.NotFound);
        await Refused(client, "/api/batches/999/export?format=docx", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Batch_page_links_the_downloads_of_a_finished_batch()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        await WebApi.DoneAsync(client, batchId);

        var page = await client.GetStringAsync($"/batches/{batchId}");
        var links = Regex.Matches(page, $@"href=""(/api/batches/{batchId}/export\?format=(\w+))""").ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal(new[] { "docx", "xlsx" }, links.Keys.Order(StringComparer.Ordinal));   // no PDF in this batch: no annotated copies
        Assert.Equal($"批次{batchId}.审核问题清单.xlsx", (await Download.GetAsync(client, links["xlsx"])).FileName);
        Assert.Equal(new[] { "示例.审核意见.docx" }, (await Download.GetAsync(client, links["docx"])).Entries().Keys);
    }

    [SharedFact]
    public async Task Annotated_pdf_has_one_highlight_over_each_finding_box()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var paths = new[] { Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"), Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf") };
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client, paths.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToArray()));

        var findingCounts = new Dictionary<string, int>();
        foreach (var row in WebApi.Documents(batch))
        {
            var id = row.GetProperty("id").GetInt64();
            var findings = (await WebApi.GetAsync(client, $"/api/documents/{id}")).GetProperty("findings").EnumerateArray().ToList();
            var download = await Download.GetAsync(client, $"/api/documents/{id}/export?format=pdf");
            Assert.Equal("application/pdf", download.MediaType);
            Assert.Equal(Path.GetFileNameWithoutExtension(row.GetProperty("file").GetString()) + ".审核标注.pdf", download.FileName);
            findingCounts[download.FileName] = findings.Count;

            using var pdf = PdfDocument.Open(download.Content);
            var highlights = pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Type == AnnotationType.Highlight).Select(a => (Page: p.Number, Annotation: a))).ToList();
            Assert.NotEmpty(findings);
            foreach (var finding in findings)
            {
                var box = finding.GetProperty("location").GetProperty("box");
                var (page, highlight) = Assert.Single(highlights, h => h.Annotation.Name == finding.GetProperty("id").GetString());
                Assert.Equal(box.GetProperty("page").GetInt32(), page);
                var r = highlight.Rectangle;
                Assert.True(r.Left <= box.GetProperty("x0").GetDouble() + 0.01 && r.Bottom <= box.GetProperty("y0").GetDouble() + 0.01
                    && r.Right >= box.GetProperty("x1").GetDouble() - 0.01 && r.Top >= box.GetProperty("y1").GetDouble() - 0.01,
                    $"{finding}: highlight {r} does not cover the box");
            }
        }

        var zip = await Download.GetAsync(client, $"/api/batches/{batch.GetProperty("id").GetInt64()}/export?format=pdf");
        Assert.Equal("application/zip", zip.MediaType);
        var entries = zip.Entries();
        Assert.Equal(findingCounts.Keys.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in entries)
        {
            using var copy = PdfDocument.Open(bytes);
            var named = copy.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Highlight && a.Name?.Contains('-') == false);
            Assert.Equal(findingCounts[name], named.Count());
        }
    }

    private static async Task ExportsListEveryFinding(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);
        var other = Enumerable.Concat(example, "\n本文件为测试副本。\n"u8.ToArray()).ToArray();
        var batchId = await WebApi.UploadBatchAsync(client, ("甲/示例.txt", example), ("乙/示例.txt", other), ("旧格式.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }));
        var batch = await WebApi.DoneAsync(client, batchId);
        var checkedRows = WebApi.Documents(batch).Where(d => d.GetProperty("status").GetString() == "done").ToList();
        Assert.Equal(2, checkedRows.Count);
        var ids = new Dictionary<string, List<string>>();
        foreach (var row in checkedRows)
            ids[row.GetProperty("file").GetString()!] = CliFindings.Ids(await WebApi.GetAsync(client, $"/api/documents/{row.GetProperty("id").GetInt64()}"));
        Assert.All(ids.Values, Assert.NotEmpty);

        // One document's ledger lists exactly the finding ids of its document object.
        var first = checkedRows[0];
        var ledger = await Download.GetAsync(client, $"/api/documents/{first.GetProperty("id").GetInt64()}/export?format=xlsx");
        Assert.Equal("示例.审核问题清单.xlsx", ledger.FileName);
        Assert.Equal(ids["甲/示例.txt"].Order(StringComparer.Ordinal), FindingIds(ledger).Order(StringComparer.Ordinal));

        // The batch ledger: every finding of every document, the refused file in 汇总.
        var batchLedger = await Download.GetAsync(client, $"/api/batches/{batchId}/export?format=xlsx");
        Assert.Equal($"批次{batchId}.审核问题清单.xlsx", batchLedger.FileName);
        var workbook = WorkbookContent.Read(batchLedger.Content);
        foreach (var (file, expected) in ids)
            Assert.Equal(expected.Order(StringComparer.Ordinal), workbook.Rows("问题清单").Where(r => r["文件"].Text == file).Select(r => r["编号"].Text).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "甲/示例.txt", "乙/示例.txt", "旧格式.doc" }, workbook.Rows("汇总").Select(r => r["文件"].Text));

        // The 审核意见书 of one document, and a zip with one per checked document under unique names.
        var opinion = await Download.GetAsync(client, $"/api/documents/{first.GetProperty("id").GetInt64()}/export?format=docx");
        Assert.Equal("示例.审核意见.docx", opinion.FileName);
        Assert.All(ids["甲/示例.txt"], id => Assert.Contains(id, DocxText(opinion.Content)));
        var zip = await Download.GetAsync(client, $"/api/batches/{batchId}/export?format=docx");
        Assert.Equal("application/zip", zip.MediaType);
        var entries = zip.Entries();
        Assert.Equal(new[] { "示例.审核意见.docx", "示例 (2).审核意见.docx", "未能生成的文件.txt" }.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(ids["乙/示例.txt"], id => Assert.Contains(id, DocxText(entries["示例 (2).审核意见.docx"])));
        Assert.Contains("旧格式.doc", System.Text.Encoding.UTF8.GetString(entries["未能生成的文件.txt"]));
    }

    private static IEnumerable<string> FindingIds(Download ledger) =>
        WorkbookContent.Read(ledger.Content).Rows("问题清单").Select(r => r["编号"].Text);

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static async Task Refused(HttpClient client, string path, HttpStatusCode status)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.True(WebApi.IsChinese(error), error);
    }
}
