using System.Net;
using System.Text;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>
/// One unit's 2023 and 2024 部门决算, each published as a 公开表 file and a 说明 file, uploaded together: 2024's
/// “基本支出…（上年为310.00万元）” is a figure only 2023's 说明 states, and 2023's latest upload is its 公开表 (the one a
/// year's single document would be compared with), so the web compares it with both 2023 files as one,
/// and 2024's 说明 shows the findings `check` gives it on the same folder (FA7002 among them: 310.00 vs 300.00).
/// </summary>
public sealed class SetAcrossYearsTests
{
    [Fact]
    public Task Sqlite_a_year_in_two_files_is_compared_with_both_files_of_the_year_before() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_year_in_two_files_is_compared_with_both_files_of_the_year_before() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-set-years-").FullName;
        try
        {
            var files = new List<(string Name, byte[] Content)>();
            foreach (var (year, total, statement) in new[] { (2023, "470.00", "基本支出300.00万元。"), (2024, "505.00", "基本支出320.00万元（上年为310.00万元）。") })
            {
                files.Add(($"{year}年度部门决算说明.txt", Encoding.UTF8.GetBytes(Compose(year, $"本年支出合计{total}万元，{statement}"))));
                files.Add(($"{year}年度部门决算公开表.txt", Encoding.UTF8.GetBytes(Compose(year, string.Empty, TotalsTable(year, total)))));
            }
            foreach (var (name, content) in files) await File.WriteAllBytesAsync(Path.Combine(folder, name), content);
            var expected = CliFindings.Folder(folder)["2024年度部门决算说明.txt"].Order(StringComparer.Ordinal).ToList();

            await using var app = new WebAppFactory(store);
            using var admin = app.SignedInClient();
            var tree = $"编码,名称,上级编码,别名\nQ01,{Department},,\n";
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
            var documents = await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, files.ToArray()));
            var narrative = Assert.Single(documents, d => d.File == "2024年度部门决算说明.txt");
            Assert.NotNull(narrative.OrgUnitId);

            // The pairings settle as the four checks finish in any order: wait until the page's findings stop being the partial ones.
            var deadline = DateTime.UtcNow.AddSeconds(120);
            List<string> shown;
            while (!(shown = CliFindings.Ids(await WebApi.GetAsync(admin, $"/api/documents/{narrative.Id}")).Order(StringComparer.Ordinal).ToList()).SequenceEqual(expected)
                && DateTime.UtcNow < deadline)
                await Task.Delay(300);
            Assert.Equal(expected, shown);
            Assert.Contains("说明称“基本支出”上年为 310.00万元；上年文件“2023年度部门决算说明.txt”情况说明中为 300.00万元",
                (await WebApi.GetAsync(admin, $"/api/documents/{narrative.Id}")).ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
