using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// The reports downloaded from the web print the decisions reviewers made there, as the CLI's reports print a
/// --review file: the ledger's 审核结论 column, 汇总's 已忽略 count (the waived finding left out of the counts), the
/// 审核意见书's section “三、已忽略的问题” — for one document, for its batch, and for the corrected version, which
/// keeps the decisions of its line.
/// </summary>
public sealed class ExportDecisionTests
{
    private const string WaiveReason = "该表确无数据，已在公开说明中解释";
    private const string ConfirmReason = "请更正三公经费合计数";

    [Fact]
    public async Task Sqlite_exports_print_the_reviewers_decisions() => await ExportsPrintDecisions(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_exports_print_the_reviewers_decisions() => await ExportsPrintDecisions(await TestStore.PostgresAsync());

    private static async Task ExportsPrintDecisions(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batch = await WebApi.UploadBatchAsync(client, (CorrectedExample.Name, CorrectedExample.Original));
        var first = WebApi.Documents(await WebApi.DoneAsync(client, batch))[0].GetProperty("id").GetInt64();
        var findings = (await WebApi.GetAsync(client, $"/api/documents/{first}")).GetProperty("findings").EnumerateArray().ToList();
        var waived = IdOf(findings, "FA5002");
        var confirmed = IdOf(findings, "FA1010");

        // Before any decision every finding is 待审核 and nothing is waived.
        var before = WorkbookContent.Read((await Download.GetAsync(client, $"/api/documents/{first}/export?format=xlsx")).Content);
        Assert.All(before.Rows("问题清单"), r => Assert.Equal("待审核", r["审核结论"].Text));
        Assert.Equal("0", before.Rows("汇总").Single()["已忽略"].Text);

        await DecideAsync(client, first, waived, "waived", WaiveReason);
        await DecideAsync(client, first, confirmed, "confirmed", ConfirmReason);

        // One document's ledger: the decisions in 审核结论, the waived finding apart from the counts.
        var ledger = WorkbookContent.Read((await Download.GetAsync(client, $"/api/documents/{first}/export?format=xlsx")).Content);
        AssertDecisionsInLedger(ledger, CorrectedExample.Name, waived, confirmed);
        var summary = ledger.Rows("汇总").Single();
        Assert.Equal("1", summary["已忽略"].Text);
        var counted = findings.Where(f => f.GetProperty("id").GetString() != waived).ToList();
        Assert.Equal(
            (Count(counted, "error"), Count(counted, "warning"), Count(counted, "info")),
            (summary["错误"].Text, summary["警告"].Text, summary["提示"].Text));

        // Its 审核意见书: the waived finding only in 三、已忽略的问题, the confirmed one among the problems.
        AssertDecisionsInOpinion(DocxText((await Download.GetAsync(client, $"/api/documents/{first}/export?format=docx")).Content), waived, confirmed);

        // The batch: its ledger and its zip of 审核意见书 print the same.
        AssertDecisionsInLedger(WorkbookContent.Read((await Download.GetAsync(client, $"/api/batches/{batch}/export?format=xlsx")).Content), CorrectedExample.Name, waived, confirmed);
        var zip = (await Download.GetAsync(client, $"/api/batches/{batch}/export?format=docx")).Entries();
        AssertDecisionsInOpinion(DocxText(Assert.Single(zip).Value), waived, confirmed);

        // The corrected version keeps the line's decisions: its waived finding (still there) is printed waived.
        await PostAsync(client, $"/api/documents/{first}/state", new { action = "return", comment = ConfirmReason });
        var uploaded = await WebApi.UploadAsyncTo(client, $"/api/documents/{first}/versions", (CorrectedExample.CorrectedName, CorrectedExample.Corrected));
        var second = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await CheckedAsync(client, second);
        var corrected = WorkbookContent.Read((await Download.GetAsync(client, $"/api/documents/{second}/export?format=xlsx")).Content);
        var rows = corrected.Rows("问题清单");
        Assert.Equal($"已忽略：{WaiveReason}；{SignIn.AdminName}", Decision(rows, waived));
        Assert.DoesNotContain(rows, r => r["编号"].Text == confirmed);   // corrected: the confirmed finding is gone
        Assert.Equal("1", corrected.Rows("汇总").Single()["已忽略"].Text);

        // Its 已整改 sheet: the first version's findings that are gone, the confirmed one with its decision, the others 待审核.
        var remaining = (await WebApi.GetAsync(client, $"/api/documents/{second}")).GetProperty("findings").EnumerateArray()
            .SelectMany(AllIds).ToHashSet();
        var gone = findings.Where(f => !AllIds(f).Any(remaining.Contains)).Select(f => f.GetProperty("id").GetString()!).ToList();
        var fixedRows = corrected.Rows("已整改");
        Assert.Contains(confirmed, gone);
        Assert.Equal(gone, fixedRows.Select(r => r["编号"].Text).ToList());
        Assert.All(fixedRows, r => Assert.Equal(CorrectedExample.Name, r["文件"].Text));
        Assert.Equal($"确认问题：{ConfirmReason}；{SignIn.AdminName}", Decision(fixedRows, confirmed, "原审核结论"));
        Assert.All(fixedRows.Where(r => r["编号"].Text != confirmed), r => Assert.Equal("待审核", r["原审核结论"].Text));
        Assert.DoesNotContain("已整改", before.SheetNames);
    }

    private static IEnumerable<string> AllIds(JsonElement finding) =>
        (finding.TryGetProperty("merged", out var merged) ? merged.EnumerateArray().Select(m => m.GetString()!) : [])
            .Prepend(finding.GetProperty("id").GetString()!);

    private static void AssertDecisionsInLedger(WorkbookContent ledger, string file, string waived, string confirmed)
    {
        var rows = ledger.Rows("问题清单").Where(r => r["文件"].Text == file).ToList();
        Assert.Equal($"已忽略：{WaiveReason}；{SignIn.AdminName}", Decision(rows, waived));
        Assert.Equal($"确认问题：{ConfirmReason}；{SignIn.AdminName}", Decision(rows, confirmed));
        Assert.All(rows.Where(r => r["编号"].Text != waived && r["编号"].Text != confirmed), r => Assert.Equal("待审核", r["审核结论"].Text));
    }

    private static void AssertDecisionsInOpinion(string text, string waived, string confirmed)
    {
        var waivedSection = text.IndexOf("三、已忽略的问题（1 条，不计入审核结论）", StringComparison.Ordinal);
        var opinion = text.IndexOf("四、审核意见", StringComparison.Ordinal);
        Assert.True(waivedSection > 0 && opinion > waivedSection, text);
        Assert.NotEmpty(AllIndexes(text, waived));
        Assert.All(AllIndexes(text, waived), i => Assert.True(i > waivedSection && i < opinion, $"{waived} is listed outside 三、已忽略的问题"));
        Assert.NotEmpty(AllIndexes(text, confirmed));
        Assert.All(AllIndexes(text, confirmed), i => Assert.True(i < waivedSection, $"{confirmed} is listed among the waived findings"));
        Assert.Contains("另有 1 条经审核人确认忽略", text);
    }

    /// <summary>The decision as the ledger prints it, without the time it was made (its last part).</summary>
    private static string Decision(IEnumerable<Dictionary<string, SheetCell>> rows, string id, string column = "审核结论")
    {
        var text = rows.Single(r => r["编号"].Text == id)[column].Text;
        var time = text.LastIndexOf('；');
        Assert.True(time > 0 && DateTimeOffset.TryParse(text[(time + 1)..], out var at) && (DateTimeOffset.UtcNow - at).Duration() < TimeSpan.FromMinutes(10), text);
        return text[..time];
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) yield return i;
    }

    private static string IdOf(IEnumerable<JsonElement> findings, string rule) =>
        findings.Single(f => f.GetProperty("rule").GetString() == rule).GetProperty("id").GetString()!;

    private static string Count(IEnumerable<JsonElement> findings, string severity) =>
        findings.Count(f => f.GetProperty("severity").GetString() == severity).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task DecideAsync(HttpClient client, long document, string finding, string status, string reason) =>
        PostAsync(client, $"/api/documents/{document}/findings/{finding}/decision", new { status, reason });

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task CheckedAsync(HttpClient client, long document)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(await WebApi.GetAsync(client, $"/api/documents/{document}/review")).GetProperty("checked").GetBoolean())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"document {document} not checked");
            await Task.Delay(200);
        }
    }

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
