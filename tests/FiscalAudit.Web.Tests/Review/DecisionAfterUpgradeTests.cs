using System.Net.Http.Json;
using System.Text.Json;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Review;

/// <summary>
/// A reviewer confirms and waives findings; FiscalAudit is then upgraded to an engine that links one more place to those
/// findings (表五's 合计 to the 社会保障 share and to the empty 表九), and the same file is checked again by it. The document
/// shows the new check's findings — the same ids, now with the extra related place — and the reviewer's decisions still on
/// them, on SQLite and on PostgreSQL.
/// </summary>
public sealed class DecisionAfterUpgradeTests
{
    private const string Reviewer = "审核员李四";

    [Fact]
    public async Task Sqlite_decisions_stay_on_findings_that_gain_a_related_place() => await DecisionsStay(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_decisions_stay_on_findings_that_gain_a_related_place() => await DecisionsStay(await TestStore.PostgresAsync());

    private static async Task DecisionsStay(TestStore store)
    {
        await using var _ = store;
        long document;
        string share, emptyTable;
        await using (var today = new WebAppFactory(store))
        {
            await TestAccounts.CreateAsync(today.Services, Reviewer, Roles.Reviewer);
            using var admin = today.SignedInClient();
            using var reviewer = today.SignedInClient(Reviewer, TestAccounts.Password);
            document = await UploadAsync(admin);
            var review = await WebApi.GetAsync(reviewer, $"/api/documents/{document}/review");
            (share, emptyTable) = (IdOf(review, "FA3002"), IdOf(review, "FA5002"));
            await Decide(reviewer, document, share, new { status = "confirmed", reason = "占比计算有误，请更正" });
            await Decide(reviewer, document, emptyTable, new { status = "waived", reason = "该表确无数据" });
            Assert.Empty(Related(await WebApi.GetAsync(reviewer, $"/api/documents/{document}"), "FA5002"));

            // The upgrade: what is stored was checked by an older engine version.
            await using var scope = today.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().CheckResults.ExecuteUpdateAsync(s => s.SetProperty(r => r.EngineVersion, "0.9.0+000000000000"));
        }

        await using var upgraded = new WebAppFactory(store, services: s => s.AddSingleton(new Auditor(LinkedEngine.Profile("FA3002", "FA5002"))));
        using (var admin = upgraded.SignedInClient())
        {
            await UploadAsync(admin);
        }
        Assert.Equal(2, (await Checks.ResultsAsync(upgraded.Services)).Count);

        // The reviewer's document now shows the upgraded engine's findings, with their decisions.
        using var client = upgraded.SignedInClient(Reviewer, TestAccounts.Password);
        var shown = await WebApi.GetAsync(client, $"/api/documents/{document}");
        Assert.Equal(("T5", "合计"), Related(shown, "FA3002")[^1]);
        Assert.Equal([("T5", "合计")], Related(shown, "FA5002"));
        var after = await WebApi.GetAsync(client, $"/api/documents/{document}/review");
        Assert.Equal((share, "confirmed", "占比计算有误，请更正"), Decision(after, "FA3002"));
        Assert.Equal((emptyTable, "waived", "该表确无数据"), Decision(after, "FA5002"));
    }

    private static async Task<long> UploadAsync(HttpClient client)
    {
        var batch = await WebApi.UploadBatchAsync(client, (CorrectedExample.Name, CorrectedExample.Original));
        return WebApi.Documents(await WebApi.DoneAsync(client, batch))[0].GetProperty("id").GetInt64();
    }

    private static async Task Decide(HttpClient client, long document, string finding, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/documents/{document}/findings/{finding}/decision", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<(string?, string?)> Related(JsonElement document, string rule) =>
        document.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule).TryGetProperty("related", out var related)
            ? related.EnumerateArray().Select(l => (Text(l, "table"), Text(l, "row"))).ToList()
            : [];

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string IdOf(JsonElement review, string rule) =>
        review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule).GetProperty("id").GetString()!;

    private static (string, string, string) Decision(JsonElement review, string rule)
    {
        var finding = review.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);
        return (finding.GetProperty("id").GetString()!, finding.GetProperty("status").GetString()!, finding.GetProperty("reason").GetString()!);
    }
}
