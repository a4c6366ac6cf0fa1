using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Review;

/// <summary>
/// A decision stored before number formatting stopped counting in finding ids is stored under a narrative finding's former id
/// (“1,250.00万元 ≠ 所列构成之和 1255.00” hashed with its separators). The document shows it on the finding whose "formerIds" hold
/// that id, and the next decision saved on the document's line stores it under the finding's id now, on SQLite and PostgreSQL.
/// </summary>
public sealed class FormerIdDecisionTests
{
    private const string Reviewer = "审核员王五";

    private static readonly byte[] Text = Encoding.UTF8.GetBytes(
        "本年收入1,250.00万元，分别为：财政拨款收入1,000.00万元，其他收入255.00万元。\n支出预算总计21,955.35万元，比上年增加3,958.67万元，增长21.95%。\n");

    [Fact]
    public async Task Sqlite_decision_under_a_former_id_applies_and_moves_to_the_current_id() => await DecisionMoves(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_decision_under_a_former_id_applies_and_moves_to_the_current_id() => await DecisionMoves(await TestStore.PostgresAsync());

    private static async Task DecisionMoves(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        await TestAccounts.CreateAsync(app.Services, Reviewer, Roles.Reviewer);
        using var admin = app.SignedInClient();
        using var reviewer = app.SignedInClient(Reviewer, TestAccounts.Password);
        var batch = await WebApi.UploadBatchAsync(admin, ("情况说明.txt", Text));
        var document = WebApi.Documents(await WebApi.DoneAsync(admin, batch))[0].GetProperty("id").GetInt64();
        var shown = await WebApi.GetAsync(reviewer, $"/api/documents/{document}");
        var (sum, formerId) = Ids(shown, "FA3005");
        var (change, _) = Ids(shown, "FA3003");
        var former = Assert.IsType<string>(formerId);
        Assert.NotEqual(sum, former);

        // The decision an earlier version of FiscalAudit stored, under the id it gave.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            db.FindingDecisions.Add(new FindingDecision { ThreadId = document, FindingId = former, Status = "waived", Reason = "口径差异，已核实", By = Reviewer, At = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        Assert.Equal((sum, "waived", "口径差异，已核实"), Decision(await WebApi.GetAsync(reviewer, $"/api/documents/{document}/review"), "FA3005"));

        // The next decision saved on the line stores it again under the current id.
        var response = await reviewer.PostAsJsonAsync($"/api/documents/{document}/findings/{change}/decision", new { status = "confirmed", reason = "请更正上年数" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().FindingDecisions.AsNoTracking()
                .Where(d => d.ThreadId == document).Select(d => d.FindingId).ToListAsync();
            Assert.Equal(new[] { sum, change }.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }
        var after = await WebApi.GetAsync(reviewer, $"/api/documents/{document}/review");
        Assert.Equal((sum, "waived", "口径差异，已核实"), Decision(after, "FA3005"));
        Assert.Equal((change, "confirmed", "请更正上年数"), Decision(after, "FA3003"));
    }

    /// <summary>The id of the finding of <paramref name="rule"/> and its one former id (null when it has none).</summary>
    private static (string Id, string? Former) Ids(JsonElement document, string rule)
    {
        var finding = document.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);
        return (finding.GetProperty("id").GetString()!, finding.TryGetProperty("formerIds", out var former) ? former.EnumerateArray().Single().GetString() : null);
    }

    private static (string, string, string) Decision(JsonElement review, string rule)
    {
        var finding = review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);
        return (finding.GetProperty("id").GetString()!, finding.GetProperty("status").GetString()!, finding.GetProperty("reason").GetString()!);
    }
}
