using System.Net;
using System.Text;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// A unit's 部门决算 of 2023 and 2024 uploaded before the organisation tree knows the unit stay unattributed and
/// unpaired; they are attributed and checked together (上年对比) once it does — after an import of the tree that
/// names the unit, and after an administrator gives a unit the name the documents print (an alias).
/// </summary>
public sealed class ImportPairingTests
{
    private const string Renamed = "沁阳市数据服务中心";

    [Fact]
    public Task Sqlite_import_and_unit_edit_pair_documents_uploaded_before() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_import_and_unit_edit_pair_documents_uploaded_before() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();

        // 1. Uploaded before the tree: no unit, no pairing.
        var (earlier, later) = await UploadYearsAsync(app, admin, Department);
        Assert.Null(later.OrgUnitId);
        Assert.Equal(0, await PairingsAsync(app.Services));

        // 2. The tree is imported with the unit: both documents are attributed to it and 2024 is checked with 2023.
        var tree = $"编码,名称,上级编码,别名\nQ01,{Department},,\nQ02,沁阳市大数据中心,,\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
        Assert.Equal(earlier.Id, await PreviousYearWaits.PairedAsync(app.Services, later.Id));
        Assert.Contains("上年文件“2023年度部门决算.txt”情况说明中为 470.00万元", (await WebApi.GetAsync(admin, $"/api/documents/{later.Id}")).ToString());

        // 3. Documents printed under a name no unit has: paired once an administrator gives Q02 that name as an alias.
        var (renamedEarlier, renamedLater) = await UploadYearsAsync(app, admin, Renamed);
        Assert.Null(renamedLater.OrgUnitId);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var units = scope.ServiceProvider.GetRequiredService<OrgTree>();
            var q02 = (await units.ListAsync(CancellationToken.None)).Single(u => u.Code == "Q02");
            Assert.Empty(await units.UpdateAsync(q02.Id, q02.Name, Renamed, "", CancellationToken.None));
        }
        Assert.Equal(renamedEarlier.Id, await PreviousYearWaits.PairedAsync(app.Services, renamedLater.Id));
        Assert.Contains("上年文件“2023年度部门决算.txt”情况说明中为 470.00万元", (await WebApi.GetAsync(admin, $"/api/documents/{renamedLater.Id}")).ToString());
        Assert.Equal(2, await PairingsAsync(app.Services));
    }

    /// <summary>2023 and 2024 printed under <paramref name="department"/>, once both are checked: (2023, 2024).</summary>
    private static async Task<(Document Earlier, Document Later)> UploadYearsAsync(WebAppFactory app, HttpClient client, string department)
    {
        var batch = await WebApi.UploadBatchAsync(client,
            ("2023年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2023, "本年支出合计470.00万元。", department: department))),
            ("2024年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2024, "本年支出合计505.00万元（上年为480.00万元）。", department: department))));
        var documents = await Checks.FinishedAsync(app.Services, batch);
        Assert.Equal([2023, 2024], documents.Select(d => d.Year));
        return (documents[0], documents[1]);
    }

    private static async Task<int> PairingsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().PreviousYearChecks.CountAsync();
    }
}
