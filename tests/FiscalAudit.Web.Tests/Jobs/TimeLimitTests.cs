using System.Diagnostics;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Jobs;

/// <summary>
/// A document whose check passes the per-document time limit gets one FA0005 finding and ends failed
/// with that reason; the engine stops by itself at its next page or rule, and the workers go on.
/// </summary>
[Collection(nameof(TimedAlone))]
public sealed class TimeLimitTests
{
    [Fact]
    public void A_check_past_its_limit_is_one_fa0005_finding_and_a_stopping_worker_leaves_it_unchecked()
    {
        var content = File.ReadAllBytes(CliFindings.Example);
        var result = new Auditor().Audit("示例.txt", content, TimeSpan.Zero, CancellationToken.None);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("FA0005", finding.RuleId);
        Assert.Equal("审核文件“示例.txt”超过 0 秒的时间上限，已停止，本文件未完成审核。文件可能过大或版式异常：请检查文件，或拆分后重新上传。", result.ReadError);
        Assert.Null(result.Disclosure);

        // Within the limit the result is the ordinary one.
        Assert.Equal(new Auditor().Audit("示例.txt", content).Findings.Select(f => f.Id), new Auditor().Audit("示例.txt", content, TimeSpan.FromMinutes(5), CancellationToken.None).Findings.Select(f => f.Id));

        using var stopping = new CancellationTokenSource();
        stopping.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new Auditor().Audit("示例.txt", content, TimeSpan.FromMinutes(5), stopping.Token));
    }

    /// <summary>
    /// Cancelled before the first page: PdfPig opens the file, the reader stops at the first page and
    /// nothing else runs — a small part of the whole check, whatever the machine's load (timed alone).
    /// </summary>
    [SharedFact]
    public void A_pdf_past_its_limit_stops_at_the_next_page()
    {
        var content = File.ReadAllBytes(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf"));
        var auditor = new Auditor();
        var full = Stopwatch.StartNew();
        Assert.Null(auditor.Audit("决算.pdf", content).ReadError);
        full.Stop();

        var limited = Stopwatch.StartNew();
        var result = auditor.Audit("决算.pdf", content, TimeSpan.Zero, CancellationToken.None);
        limited.Stop();
        Assert.Equal("FA0005", Assert.Single(result.Findings).RuleId);
        Assert.True(limited.Elapsed < full.Elapsed / 3, $"stopped after {limited.Elapsed.TotalMilliseconds:0} ms; the whole check takes {full.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Documents_past_the_limit_end_failed_with_the_finding_and_the_batch_finishes()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:CheckTimeLimit"] = "00:00:00" });
        using var client = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client,
            ("第一份.txt", example), ("第二份.txt", [.. example, .. "\n补充说明。\n"u8])));

        foreach (var document in WebApi.Documents(batch))
        {
            Assert.Equal("failed", document.GetProperty("status").GetString());
            Assert.Contains("超过 0 秒的时间上限", document.GetProperty("reason").GetString());
            Assert.Equal(1, document.GetProperty("errors").GetInt32());
            var json = await WebApi.GetAsync(client, $"/api/documents/{document.GetProperty("id").GetInt64()}");
            Assert.Equal("FA0005", Assert.Single(json.GetProperty("findings").EnumerateArray().ToArray()).GetProperty("rule").GetString());
            var page = await client.GetStringAsync($"/documents/{document.GetProperty("id").GetInt64()}");
            Assert.Contains("href=\"/rules/FA0005\"", page);
            Assert.Contains("超过 0 秒的时间上限", page);
        }
        Assert.Contains("FA0005: 审核超时", await client.GetStringAsync("/rules/FA0005"));
    }
}

/// <summary>Tests that compare durations run after the others, not beside them.</summary>
[CollectionDefinition(nameof(TimedAlone), DisableParallelization = true)]
public sealed class TimedAlone;
