using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// A document whose shown result an earlier engine made says so on its own page, with that engine's version, and
/// 用当前版本重新审核本文件 checks this document's content again (its copy with it, which shows the same stored result): the
/// new result is stored beside the old one and shown with its counts, the reviewer's decisions stay on their finding ids, and
/// the other document of the batch still waits for its own recheck — on SQLite and on PostgreSQL. Until the new result is
/// stored no review state can move: nobody concludes on a document whose findings are not shown, and no page or list shows
/// the earlier counts as its result.
/// </summary>
public sealed class DocumentRecheckTests
{
    /// <summary>The error count the earlier engine is made to have reported, unlike the current one's.</summary>
    private const int EarlierErrors = 99;

    [Fact]
    public async Task Sqlite_rechecks_one_document_an_earlier_engine_checked() => await RechecksOneDocument(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_rechecks_one_document_an_earlier_engine_checked() => await RechecksOneDocument(await TestStore.PostgresAsync());

    private static async Task RechecksOneDocument(TestStore store)
    {
        await using var _ = store;
        var hold = new RunningCheckHold();
        await using var app = new WebAppFactory(store, services: hold.AddTo);
        using var client = await app.PageClientAsync();
        using var api = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(api, ("原版.txt", CorrectedExample.Original), ("原版副本.txt", CorrectedExample.Original), ("整改后.txt", CorrectedExample.Corrected));
        var batch = await WebApi.DoneAsync(api, batchId);
        var (rechecked, other) = (Id(batch, "原版.txt"), Id(batch, "整改后.txt"));
        var decided = (await WebApi.GetAsync(api, $"/api/documents/{rechecked}/review")).GetProperty("findings")[0].GetProperty("id").GetString()!;
        var decision = await api.PostAsJsonAsync($"/api/documents/{rechecked}/findings/{decided}/decision", new { status = "waived", reason = "该表确无数据" });
        Assert.True(decision.IsSuccessStatusCode, await decision.Content.ReadAsStringAsync());
        var errorsBefore = WebApi.Named(batch, "原版.txt").GetProperty("errors").GetInt32();
        await Checks.QueueIdleAsync(app.Services);
        await EarlierEngine.MarkAsync(store, expectedResults: 2, errors: EarlierErrors);

        var outdated = await PageTextAsync(client, $"/documents/{rechecked}");
        Assert.Contains($"本文件的审核结果由较早版本的审核规则（版本 {EarlierEngine.Version}）生成", outdated);
        Assert.Contains("用当前版本重新审核本文件", outdated);

        hold.Arm();
        await EarlierEngine.RecheckAsync(client, $"/documents/{rechecked}");
        var waiting = await client.GetStringAsync($"/documents/{rechecked}");
        Assert.Contains("已将本文件及内容相同的其他 1 个文件交给当前版本重新审核", waiting);
        await AwaitsNewResultAsync(client, api, rechecked, waiting);
        await ShowsNoEarlierCountsAsync(client, api, batchId, rechecked);
        hold.Release();
        await Checks.FinishedAsync(app.Services, batchId);

        var results = await Checks.ResultsAsync(app.Services);
        Assert.Equal(new[] { EarlierEngine.Version, EarlierEngine.Version, EngineVersion.Current }, results.OrderBy(r => r.CheckedAt).Select(r => r.EngineVersion));
        var after = await WebApi.DoneAsync(api, batchId);
        Assert.Equal(new[] { errorsBefore, errorsBefore, EarlierErrors }, new[] { "原版.txt", "原版副本.txt", "整改后.txt" }.Select(f => WebApi.Named(after, f).GetProperty("errors").GetInt32()));
        var shown = await client.GetStringAsync($"/documents/{rechecked}");
        Assert.DoesNotContain("用当前版本重新审核本文件", shown);
        Assert.Contains("data-action=\"approve\"", shown);
        Assert.DoesNotContain("id=\"state-waiting\"", shown);
        Assert.Contains($"id=\"f-{decided}\"", shown);
        var review = await WebApi.GetAsync(api, $"/api/documents/{rechecked}/review");
        var kept = review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == decided);
        Assert.Equal(("waived", "该表确无数据"), (kept.GetProperty("status").GetString(), kept.GetProperty("reason").GetString()));

        Assert.Contains($"本文件的审核结果由较早版本的审核规则（版本 {EarlierEngine.Version}）生成", await PageTextAsync(client, $"/documents/{other}"));
        Assert.Contains("本批次有 1 个文件的审核结果由较早版本的审核规则生成", await client.GetStringAsync($"/batches/{batchId}"));

        await EarlierEngine.RecheckAsync(client, $"/documents/{rechecked}");
        Assert.Contains("本文件的审核结果已是当前版本，无需重新审核", await client.GetStringAsync($"/documents/{rechecked}"));
        Assert.Equal(3, (await Checks.ResultsAsync(app.Services)).Count);
        Assert.Equal(DocumentStatus.Done, (await Checks.DocumentsAsync(app.Services, batchId)).Single(d => d.Id == rechecked).Status);
    }

    /// <summary>
    /// While the new result is not stored (the check held before it stores it) the page shows no finding, offers no
    /// 开始审核 / 退回整改 / 通过 and says why, and refreshes itself; the API refuses the same moves with that reason.
    /// </summary>
    private static async Task AwaitsNewResultAsync(HttpClient client, HttpClient api, long document, string page)
    {
        Assert.DoesNotContain("class=\"finding ", page);
        Assert.DoesNotContain("class=\"state-action", page);
        Assert.Contains("id=\"state-waiting\"", page);
        Assert.Contains("审核结果出来、能看到发现的问题后才能开始审核、退回整改或通过", page);
        Assert.Contains($"id=\"check-waiting\" data-document=\"/api/documents/{document}\"", page);
        Assert.Contains("document-wait.js", page);
        foreach (var action in new[] { "start", "return", "approve" })
        {
            var refused = await api.PostAsJsonAsync($"/api/documents/{document}/state", new { action });
            var text = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.Conflict, $"{action}: {(int)refused.StatusCode} {text}");
            Assert.Contains("审核结果出来、能看到发现的问题后才能", JsonDocument.Parse(text).RootElement.GetProperty("error").GetString());
        }
        Assert.Contains("id=\"check-waiting\"", await client.GetStringAsync($"/documents/{document}"));
    }

    /// <summary>
    /// While the two documents of the content are checked again, the earlier counts are nowhere shown as their result: the
    /// document page names them as the last result in place of its 错误 / 警告 / 提示, the batch page and its API show no counts
    /// for them (the rechecked rows still link to their pages), the batch list counts only the third document, and 审核任务 keeps
/// the document listed without counts.
    /// </summary>
    private static async Task ShowsNoEarlierCountsAsync(HttpClient client, HttpClient api, long batchId, long document)
    {
        var page = await PageTextAsync(client, $"/documents/{document}");
        Assert.Matches($"id=\"pending-result\"><dt>审核结果</dt><dd>(正在|排队等待)重新审核…（上次结果：错误 {EarlierErrors} 项、警告 \\d+ 项、提示 \\d+ 项，新结果出来后更新）</dd>", page);
        Assert.DoesNotContain("<dt>错误</dt>", page);

        var batch = await WebApi.GetAsync(api, $"/api/batches/{batchId}");
        foreach (var file in new[] { "原版.txt", "原版副本.txt" })
        {
            var row = WebApi.Named(batch, file);
            Assert.True(row.GetProperty("rechecking").GetBoolean(), file);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("errors").ValueKind);
        }
        var other = WebApi.Named(batch, "整改后.txt");
        Assert.Equal((false, EarlierErrors), (other.GetProperty("rechecking").GetBoolean(), other.GetProperty("errors").GetInt32()));
        var batchPage = await PageTextAsync(client, $"/batches/{batchId}");
        Assert.Contains($"<a href=\"/documents/{document}\">原版.txt</a>", batchPage);
        Assert.Equal(2, batchPage.Split("（重新审核中，新结果出来后显示问题数）").Length - 1);
        Assert.DoesNotContain($">{EarlierErrors}</td>", batchPage.Split("原版.txt")[1].Split("整改后.txt")[0]);

        var listed = (await WebApi.GetAsync(api, "/api/batches")).GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("id").GetInt64() == batchId);
        Assert.Equal((2, EarlierErrors), (listed.GetProperty("rechecking").GetInt32(), listed.GetProperty("errors").GetInt32()));
        Assert.Contains("（2 个重新审核中，问题数暂不计入）", await PageTextAsync(client, "/"));
        Assert.Matches(new Regex($"<tr data-id=\"{document}\"((?!</tr>).)*>重新审核中</td>", RegexOptions.Singleline), await PageTextAsync(client, "/reviews"));
    }

    /// <summary>The page with its character references decoded (the engine version's “+” is written as one).</summary>
    private static async Task<string> PageTextAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static long Id(JsonElement batch, string file) => WebApi.Named(batch, file).GetProperty("id").GetInt64();
}
