using System.Net;
using System.Net.Http.Json;
using System.Text;
using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// A document that leaves its unit takes its pairings with it: the next-year document it was compared with loses the
/// 上年对比 findings and its counts go back to its own check; once both are in the new unit they are paired again there.
/// </summary>
public sealed class StalePairingTests
{
    private const string Comparison = "上年文件“2023年度部门决算.txt”情况说明中为 470.00万元";

    [Fact]
    public Task Sqlite_a_document_moved_to_another_unit_is_unpaired_and_paired_there() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_document_moved_to_another_unit_is_unpaired_and_paired_there() => await Run(await TestStore.PostgresAsync());

    [Fact]
    public Task Sqlite_a_pairing_worked_out_before_a_move_is_not_stored_after_it() => RunMoveDuringPairing(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_pairing_worked_out_before_a_move_is_not_stored_after_it() => await RunMoveDuringPairing(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var (earlier, later, q02) = await PairedYearsAsync(app, admin);

        // 2023 is confirmed as another unit's: 2024 is no longer compared with it.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{earlier.Id}/attribution", new { unitId = q02 })).StatusCode);
        Assert.DoesNotContain(Comparison, (await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).ToString());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            Assert.False(await db.PreviousYearChecks.AnyAsync(p => p.DocumentId == later.Id));
            var own = await db.CheckResults.SingleAsync(r => r.Hash == later.Hash);
            var now = await db.Documents.SingleAsync(d => d.Id == later.Id);
            Assert.Equal((own.Errors, own.Warnings, own.Infos), (now.Errors, now.Warnings, now.Infos));
        }

        // 2024 follows it: the two are paired again, in Q02.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{later.Id}/attribution", new { unitId = q02 })).StatusCode);
        Assert.Equal(earlier.Id, await PreviousYearWaits.PairedAsync(app.Services, later.Id));
        Assert.Contains(Comparison, (await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).ToString());
    }

    /// <summary>
    /// A worker reads 2024's counterparts (2023 in the same unit) and works out the comparison; meanwhile 2023 is confirmed
    /// as another unit's. Storing the comparison then finds its previous-year document gone and stores nothing; the same
    /// store with nothing moved does store it (so the refusal is the move's doing).
    /// </summary>
    private static async Task RunMoveDuringPairing(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var (earlier, later, q02) = await PairedYearsAsync(app, admin);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == later.Id);
        var inputs = await PairingInputs.ReadAsync(new PreviousYearDocuments(db), document, lookForPartner: false, CancellationToken.None);
        Assert.Equal(earlier.Id, inputs.Previous?.Id);
        var worked = await db.PreviousYearChecks.AsNoTracking().SingleAsync(p => p.DocumentId == later.Id);
        var counts = await db.CheckResults.AsNoTracking().SingleAsync(r => r.Hash == later.Hash);
        PreviousYearCheck Pairing() => new()
        {
            DocumentId = later.Id, Hash = later.Hash!, EngineVersion = worked.EngineVersion, PreviousDocumentId = earlier.Id,
            PreviousHash = inputs.Previous!.Hash, DocumentJson = worked.DocumentJson, CheckedAt = worked.CheckedAt,
        };
        var madeFrom = new PairingInputs.MadeFrom(false, inputs, null);

        Assert.Equal(PairingSave.Stored, await PairingStore.SaveUnlessChangedAsync(db, document, madeFrom, Pairing(), counts, CancellationToken.None));
        Assert.Equal(earlier.Id, await db.PreviousYearChecks.AsNoTracking().Where(p => p.DocumentId == later.Id).Select(p => p.PreviousDocumentId).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/documents/{earlier.Id}/attribution", new { unitId = q02 })).StatusCode);
        Assert.Equal(PairingSave.CounterpartsChanged, await PairingStore.SaveUnlessChangedAsync(db, document, madeFrom, Pairing(), counts, CancellationToken.None));
        Assert.False(await db.PreviousYearChecks.AnyAsync(p => p.DocumentId == later.Id));
        Assert.DoesNotContain(Comparison, (await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).ToString());
    }

    /// <summary>2023 and 2024 of one department uploaded to unit Q01 and paired; the id of the empty unit Q02.</summary>
    private static async Task<(Document Earlier, Document Later, long Q02)> PairedYearsAsync(WebAppFactory app, HttpClient admin)
    {
        var tree = $"编码,名称,上级编码,别名\nQ01,{Department},,\nQ02,沁阳市大数据中心,,\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
        var q02 = (await WebApi.GetAsync(admin, "/api/org")).GetProperty("units").EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == "Q02").GetProperty("id").GetInt64();
        var documents = await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin,
            ("2023年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2023, "本年支出合计470.00万元。", department: Department))),
            ("2024年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2024, "本年支出合计505.00万元（上年为480.00万元）。", department: Department)))));
        var (earlier, later) = (documents[0], documents[1]);
        Assert.Equal(earlier.Id, await PreviousYearWaits.PairedAsync(app.Services, later.Id));
        Assert.Contains(Comparison, (await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).ToString());
        return (earlier, later, q02);
    }
}
