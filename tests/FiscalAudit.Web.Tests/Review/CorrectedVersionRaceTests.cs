using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Review;

/// <summary>
/// Two corrected versions of one returned document uploaded at the same moment: both are accepted, as 第 2 版 and
/// 第 3 版 — never two 第 2 版. A <see cref="TransactionBarrier"/> lets both requests read the line's last number
/// before either stores its version, so the second always meets the unique index and takes the next number.
/// </summary>
public sealed class CorrectedVersionRaceTests
{
    [Fact]
    public async Task Sqlite_two_corrections_at_once_get_two_numbers() => await TwoCorrectionsAtOnce(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_two_corrections_at_once_get_two_numbers() => await TwoCorrectionsAtOnce(await TestStore.PostgresAsync());

    private static async Task TwoCorrectionsAtOnce(TestStore store)
    {
        await using var _ = store;
        var barrier = new TransactionBarrier(new HttpContextAccessor(), "/versions", requests: 2);
        await using var app = new WebAppFactory(store, services: s => s.ConfigureDbContext<AuditDbContext>(o => o.AddInterceptors(barrier)));
        using var client = app.SignedInClient();
        var batch = await WebApi.UploadBatchAsync(client, (CorrectedExample.Name, CorrectedExample.Original));
        var first = WebApi.Documents(await WebApi.DoneAsync(client, batch))[0].GetProperty("id").GetInt64();
        var returned = await client.PostAsJsonAsync($"/api/documents/{first}/state", new { action = "return", comment = "请更正" });
        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());

        var other = CorrectedExample.Corrected.Concat("\n另一份整改稿。\n"u8.ToArray()).ToArray();
        var answers = await Task.WhenAll(
            WebApi.UploadAsyncTo(client, $"/api/documents/{first}/versions", (CorrectedExample.CorrectedName, CorrectedExample.Corrected)),
            WebApi.UploadAsyncTo(client, $"/api/documents/{first}/versions", ("另一份整改稿.txt", other)));

        Assert.True(barrier.Met, "the two uploads did not meet before storing their versions");
        foreach (var answer in answers) Assert.True(answer.StatusCode == HttpStatusCode.Created, $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        var ids = new List<long>();
        foreach (var answer in answers) ids.Add(JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var versions = await db.Documents.AsNoTracking().Where(d => d.VersionOf == first).OrderBy(d => d.Version).Select(d => new { d.Id, d.Version }).ToListAsync();
        Assert.Equal([2, 3], versions.Select(v => v.Version));
        Assert.Equal(ids.Order(), versions.Select(v => v.Id).Order());
        var history = await db.ReviewEvents.AsNoTracking().Where(e => e.ThreadId == first && e.Action == "version").Select(e => e.Text).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, t => t.StartsWith("上传整改版本（第 2 版）", StringComparison.Ordinal));
        Assert.Contains(history, t => t.StartsWith("上传整改版本（第 3 版）", StringComparison.Ordinal));
    }
}
