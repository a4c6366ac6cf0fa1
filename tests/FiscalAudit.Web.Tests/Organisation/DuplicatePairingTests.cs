using System.Net;
using System.Text;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// A unit's 部门决算 uploaded again (the same bytes, a later batch) reuses the stored check but is still checked with
/// the unit's previous-year document: its page shows the 上年对比 findings like the first upload's.
/// </summary>
public sealed class DuplicatePairingTests
{
    [Fact]
    public Task Sqlite_a_document_uploaded_again_is_paired_with_the_previous_year() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_document_uploaded_again_is_paired_with_the_previous_year() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var tree = $"编码,名称,上级编码,别名\nQ01,{Department},,\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
        var later = Encoding.UTF8.GetBytes(Compose(2024, "本年支出合计505.00万元（上年为480.00万元）。", department: Department));
        var first = await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin,
            ("2023年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2023, "本年支出合计470.00万元。", department: Department))),
            ("2024年度部门决算.txt", later)));
        Assert.Equal(first[0].Id, await PreviousYearWaits.PairedAsync(app.Services, first[1].Id));

        var again = (await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, ("2024年度部门决算（再次报送）.txt", later)))).Single();
        Assert.Equal(first[1].Id, again.DuplicateOf);
        Assert.Equal(first[0].Id, await PreviousYearWaits.PairedAsync(app.Services, again.Id));
        Assert.Contains("上年文件“2023年度部门决算.txt”情况说明中为 470.00万元", (await WebApi.GetAsync(admin, $"/api/documents/{again.Id}")).ToString());
    }
}
