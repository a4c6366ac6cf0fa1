using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FiscalAudit.Cli;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine.Review;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Review;

/// <summary>
/// The whole review cycle through the API, on SQLite and PostgreSQL: a 部门用户 uploads its final accounts;
/// a reviewer waives one finding (a reason is required) and confirms another, the department answers with
/// a 备注, the decisions go out and come back in the CLI's --review format, the document is returned;
/// the department uploads a corrected version, which lists the fixed, remaining and new findings by id and
/// keeps the decisions; the reviewer approves it and the coverage ledger counts it reviewed — and late
/// against a due date. Every step is in the history with who did it.
/// </summary>
public sealed class ReviewWorkflowTests
{
    private const string Reviewer = "审核员张三";
    private const string Clerk = "管理局填报人";

    [Fact]
    public async Task Sqlite_review_cycle_from_upload_to_approval() => await ReviewCycle(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_review_cycle_from_upload_to_approval() => await ReviewCycle(await TestStore.PostgresAsync());

    private static async Task ReviewCycle(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        var unit = await TestAccounts.UnitAsync(app.Services, "E01", "示例市示例管理局");
        await TestAccounts.CreateAsync(app.Services, Reviewer, Roles.Reviewer);
        await TestAccounts.CreateAsync(app.Services, Clerk, Roles.Department, unit);
        using var reviewer = app.SignedInClient(Reviewer, TestAccounts.Password);
        using var clerk = app.SignedInClient(Clerk, TestAccounts.Password);
        var (originalIds, correctedIds) = CorrectedExample.CliIds();

        // 1. The department's upload waits for review, with the CLI's findings.
        var batch = await WebApi.UploadBatchAsync(clerk, (CorrectedExample.Name, CorrectedExample.Original));
        var first = WebApi.Documents(await WebApi.DoneAsync(clerk, batch))[0].GetProperty("id").GetInt64();
        var review = await WebApi.GetAsync(reviewer, $"/api/documents/{first}/review");
        Assert.Equal(("pending", "待审核", 1), (Str(review, "state"), Str(review, "stateName"), review.GetProperty("version").GetInt32()));
        Assert.Equal(originalIds, review.GetProperty("findings").EnumerateArray().Select(f => Str(f, "id")));
        // The empty table 9 stays as it was (the waiver is kept); the 三公经费 total is corrected.
        var (remains, fixedByCorrection) = (IdOf(review, "FA5002"), IdOf(review, "FA1010"));
        Assert.Contains(remains, correctedIds);
        Assert.DoesNotContain(fixedByCorrection, correctedIds);

        // 2. Only reviewers decide and move states; a waiver needs a reason; unknown findings are 404.
        await Refused(clerk, $"/api/documents/{first}/findings/{remains}/decision", new { status = "waived", reason = "x" }, HttpStatusCode.Forbidden, "只有审核人员");
        await Refused(clerk, $"/api/documents/{first}/state", new { action = "approve" }, HttpStatusCode.Forbidden, "只有审核人员");
        await Refused(reviewer, $"/api/documents/{first}/findings/{remains}/decision", new { status = "waived", reason = " " }, HttpStatusCode.BadRequest, "忽略问题必须填写理由");
        await Refused(reviewer, $"/api/documents/{first}/findings/000000000000/decision", new { status = "confirmed" }, HttpStatusCode.NotFound, "没有编号为 000000000000 的问题");
        await Refused(reviewer, $"/api/documents/{first}/state", new { action = "publish" }, HttpStatusCode.BadRequest, "action 应为");
        await Ok(reviewer, $"/api/documents/{first}/findings/{remains}/decision", new { status = "waived", reason = "该表确无数据，已在公开说明中解释" });
        await Ok(reviewer, $"/api/documents/{first}/findings/{fixedByCorrection}/decision", new { status = "confirmed", reason = "请更正" });
        await Ok(clerk, $"/api/documents/{first}/findings/{fixedByCorrection}/notes", new { text = "已安排更正" });
        review = await WebApi.GetAsync(clerk, $"/api/documents/{first}/review");
        Assert.Equal("inreview", Str(review, "state"));
        var waived = Finding(review, remains);
        Assert.Equal(("waived", "已忽略", "该表确无数据，已在公开说明中解释", Reviewer), (Str(waived, "status"), Str(waived, "statusName"), Str(waived, "reason"), Str(waived, "by")));
        Assert.Equal(("已安排更正", Clerk), (Str(Finding(review, fixedByCorrection).GetProperty("notes")[0], "text"), Str(Finding(review, fixedByCorrection).GetProperty("notes")[0], "by")));
        Assert.False(review.GetProperty("can").GetProperty("decide").GetBoolean());

        // 3. The decisions file is the CLI's: the CLI reads the exported one back, and an edited one imports.
        var exported = await reviewer.GetAsync($"/api/documents/{first}/decisions");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var file = await exported.Content.ReadAsByteArrayAsync();
        var book = ReviewFile.Parse("导出", file);
        Assert.Equal(originalIds, book.Decisions.Select(d => d.Id));
        Assert.Equal(("waived", "该表确无数据，已在公开说明中解释"), (book.Decisions.Single(d => d.Id == remains).Status.ToJsonName(), book.Decisions.Single(d => d.Id == remains).Reason));
        Assert.Equal(originalIds.Count - 2, book.Decisions.Count(d => d.Status == ReviewStatus.Open));
        Assert.Equal("waived", CliReview(file, remains));
        var third = originalIds.First(id => id != remains && id != fixedByCorrection);
        var edited = JsonNode.Parse(file)!;
        var list = edited["decisions"]!.AsArray();
        list.Single(d => (string?)d!["id"] == third)!["status"] = "confirmed";
        list.Add(new JsonObject { ["id"] = "ffffffffffff", ["status"] = "confirmed" });
        var imported = await Import(reviewer, first, Encoding.UTF8.GetBytes(edited.ToJsonString()));
        Assert.Equal((1, originalIds.Count - 1, 1), (imported.GetProperty("changed").GetInt32(), imported.GetProperty("unchanged").GetInt32(), imported.GetProperty("elsewhere").GetInt32()));
        var bad = await reviewer.PostAsync($"/api/documents/{first}/decisions", new ByteArrayContent("{\"decisions\": [{\"id\": \"a\", \"status\": \"waived\"}]}"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("没有填写理由", await bad.Content.ReadAsStringAsync());

        // 4. Returned: decisions are closed, and only now may the department send a correction (one file).
        await Refused(clerk, $"/api/documents/{first}/versions", null, HttpStatusCode.Conflict, "只有已退回整改的文件才能上传整改版本");
        await Ok(reviewer, $"/api/documents/{first}/state", new { action = "return", comment = "请更正三公经费合计数" });
        await Refused(reviewer, $"/api/documents/{first}/findings/{third}/decision", new { status = "waived", reason = "x" }, HttpStatusCode.Conflict, "已退回整改");
        var twoFiles = await WebApi.UploadAsyncTo(clerk, $"/api/documents/{first}/versions", ("a.txt", CorrectedExample.Corrected), ("b.txt", CorrectedExample.Corrected));
        Assert.Equal(HttpStatusCode.BadRequest, twoFiles.StatusCode);
        var uploaded = await WebApi.UploadAsyncTo(clerk, $"/api/documents/{first}/versions", (CorrectedExample.CorrectedName, CorrectedExample.Corrected));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var second = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

        // 5. The corrected version: fixed, remaining and new by id, decisions kept by id.
        var corrected = await CheckedReviewAsync(clerk, second);
        Assert.Equal((2, "pending", true), (corrected.GetProperty("version").GetInt32(), Str(corrected, "state"), corrected.GetProperty("latest").GetBoolean()));
        Assert.Equal([first, second], corrected.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetInt64()));
        var comparison = corrected.GetProperty("comparison");
        Assert.Equal(originalIds.Except(correctedIds), comparison.GetProperty("fixed").EnumerateArray().Select(f => Str(f, "id")));
        Assert.Equal(correctedIds.Count(originalIds.Contains), comparison.GetProperty("remaining").GetInt32());
        Assert.Equal(correctedIds.Count(id => !originalIds.Contains(id)), comparison.GetProperty("new").GetInt32());
        Assert.True(comparison.GetProperty("new").GetInt32() > 0 && comparison.GetProperty("fixed").GetArrayLength() > 0);
        var changes = corrected.GetProperty("findings").EnumerateArray().ToDictionary(f => Str(f, "id"), f => Str(f, "change"));
        Assert.All(correctedIds, id => Assert.Equal(originalIds.Contains(id) ? "remaining" : "new", changes[id]));
        Assert.Equal(("waived", "该表确无数据，已在公开说明中解释"), (Str(Finding(corrected, remains), "status"), Str(Finding(corrected, remains), "reason")));
        var earlier = await WebApi.GetAsync(reviewer, $"/api/documents/{first}/review");
        Assert.False(earlier.GetProperty("latest").GetBoolean());
        Assert.Equal("请更正三公经费合计数", Str(earlier, "comment"));
        Assert.Empty(earlier.GetProperty("can").GetProperty("actions").EnumerateArray());

        // 6. Approved: the coverage ledger counts the line once, reviewed, late against a past due date.
        await Ok(reviewer, $"/api/documents/{second}/state", new { action = "approve" });
        await Refused(clerk, "/api/coverage/due", new { year = 2023, kind = "决算", date = "2000-01-01" }, HttpStatusCode.Forbidden, "");
        await Refused(reviewer, "/api/coverage/due", new { year = 2023, kind = "年报", date = "2000-01-01" }, HttpStatusCode.BadRequest, "kind 应为");
        var cell = await FinalAccountsCell(reviewer);
        Assert.Equal((1, 1, 0, false, "已审核"), (cell.GetProperty("received").GetInt32(), cell.GetProperty("reviewed").GetInt32(), cell.GetProperty("late").GetInt32(), cell.GetProperty("overdue").GetBoolean(), Str(cell, "state")));
        await Ok(reviewer, "/api/coverage/due", new { year = 2023, kind = "决算", date = "2000-01-01" });
        await Ok(reviewer, "/api/coverage/due", new { year = 2023, kind = "预算", date = "2000-01-01" });
        cell = await FinalAccountsCell(reviewer);
        Assert.Equal(1, cell.GetProperty("late").GetInt32());
        var coverage = await WebApi.GetAsync(reviewer, "/api/coverage?year=2023");
        var budget = coverage.GetProperty("rows")[0].GetProperty("cells")[0];
        Assert.Equal((true, "逾期未报"), (budget.GetProperty("overdue").GetBoolean(), Str(budget, "state")));
        Assert.Contains("截止 2000-01-01", await reviewer.GetStringAsync("/coverage?year=2023"));

        // 7. The history: every action, who and on which version.
        var history = (await WebApi.GetAsync(clerk, $"/api/documents/{second}/review")).GetProperty("history").EnumerateArray()
            .Select(e => (Str(e, "by"), Str(e, "action"), e.GetProperty("version").GetInt32(), Str(e, "text"))).ToList();
        Assert.Equal((Clerk, "upload", 1, $"上传文件（批次 {batch}）：{CorrectedExample.Name}"), history[0]);
        Assert.Contains((Reviewer, "decision", 1, $"{Rule(review, remains)} [{remains}] 已忽略：该表确无数据，已在公开说明中解释"), history);
        Assert.Contains((Clerk, "note", 1, "已安排更正"), history);
        Assert.Contains((Reviewer, "state", 1, "待审核 → 审核中"), history);
        Assert.Contains((Reviewer, "state", 1, "审核中 → 已退回整改"), history);
        Assert.Contains((Reviewer, "comment", 1, "请更正三公经费合计数"), history);
        Assert.Contains((Clerk, "version", 2, $"上传整改版本（第 2 版）：{CorrectedExample.CorrectedName}"), history);
        Assert.Contains((Reviewer, "state", 2, "待审核 → 已通过"), history);
        Assert.Single(history, e => e.Item2 == "import");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var versions = await db.Documents.Where(d => d.Id == first || d.Id == second).OrderBy(d => d.Id).ToListAsync();
        Assert.Equal([(ReviewState.Returned, 1, (long?)null), (ReviewState.Approved, 2, first)], versions.Select(d => (d.ReviewState, d.Version, d.VersionOf)));
        Assert.Equal(unit, versions[1].OrgUnitId);
    }

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static JsonElement Finding(JsonElement review, string id) => review.GetProperty("findings").EnumerateArray().Single(f => Str(f, "id") == id);

    private static string IdOf(JsonElement review, string rule) => Str(review.GetProperty("findings").EnumerateArray().Single(f => Str(f, "rule") == rule), "id");

    private static string Rule(JsonElement review, string id) => Str(Finding(review, id), "rule");

    private static async Task Ok(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task Refused(HttpClient client, string path, object? body, HttpStatusCode status, string message)
    {
        var response = body is null ? await client.PostAsync(path, new StringContent("")) : await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Contains(message, JsonDocument.Parse(text).RootElement.GetProperty("error").GetString());
    }

    private static async Task<JsonElement> Import(HttpClient client, long document, byte[] file)
    {
        var response = await client.PostAsync($"/api/documents/{document}/decisions", new ByteArrayContent(file));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The status `check --review FILE --format json` gives the finding: the CLI reads the exported file.</summary>
    private static string CliReview(byte[] decisions, string id)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, decisions);
            var stdout = new StringWriter();
            CliApp.Run(["check", CliFindings.Example, "--review", path, "--format", "json"], stdout, new StringWriter());
            return JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .Single(f => Str(f, "id") == id).GetProperty("review").GetProperty("status").GetString()!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<JsonElement> CheckedReviewAsync(HttpClient client, long document)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var review = await WebApi.GetAsync(client, $"/api/documents/{document}/review");
            if (review.GetProperty("checked").GetBoolean()) return review;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"document {document} not checked: {review}");
            await Task.Delay(200);
        }
    }

    private static async Task<JsonElement> FinalAccountsCell(HttpClient client) =>
        (await WebApi.GetAsync(client, "/api/coverage?year=2023")).GetProperty("rows")[0].GetProperty("cells")[1];
}
