using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// The 2017 budget of 江苏省政协办公厅 published as two files — the 说明 and the 公开表 — uploaded in one batch without
/// an organisation tree: the two are checked as one set, as `check` does when given both (docs/sets.md). The
/// narrative file loses FA6201 (no table found) and each file shows the findings the CLI gives it, on the page, in
/// the API and in the exported ledger; each page links the other file.
/// </summary>
public sealed class DocumentSetTests
{
    private const string Narrative = "江苏省政协办公厅2017年度部门预算.pdf";
    private const string Tables = "江苏省政协办公厅2017年度部门预算公开表.pdf";

    [SharedFact]
    public Task Narrative_and_tables_files_are_checked_as_one_on_sqlite() => Run(TestStore.Sqlite());

    [PostgresFact(NeedsShared = true)]
    public async Task Narrative_and_tables_files_are_checked_as_one_on_postgres() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        var together = Directory.CreateTempSubdirectory("fiscalaudit-set-").FullName;
        try
        {
            foreach (var file in new[] { Narrative, Tables }) File.Copy(Repo.BudgetPdf(file), Path.Combine(together, file));
            var expected = CliFindings.Folder(together);
            Assert.DoesNotContain(expected[Narrative], id => id.StartsWith("FA6201", StringComparison.Ordinal));

            await using var app = new WebAppFactory(store);
            using var admin = app.SignedInClient();
            var batch = await WebApi.UploadBatchAsync(admin,
                (Narrative, await File.ReadAllBytesAsync(Repo.BudgetPdf(Narrative))), (Tables, await File.ReadAllBytesAsync(Repo.BudgetPdf(Tables))));
            var documents = await Checks.FinishedAsync(app.Services, batch);
            var narrative = Assert.Single(documents, d => d.File == Narrative);
            var tables = Assert.Single(documents, d => d.File == Tables);
            Assert.Null(narrative.OrgUnitId);
            Assert.Equal(("narrative", "tables"), (narrative.SetPart, tables.SetPart));
            Assert.Equal(tables.Id, await PreviousYearWaits.SetPairedAsync(app.Services, narrative.Id));
            Assert.Equal(narrative.Id, await PreviousYearWaits.SetPairedAsync(app.Services, tables.Id));

            foreach (var (document, partner) in new[] { (narrative, tables), (tables, narrative) })
            {
                var json = await WebApi.GetAsync(admin, $"/api/documents/{document.Id}");
                Assert.Equal(expected[document.File].Order(StringComparer.Ordinal), CliFindings.Ids(json).Order(StringComparer.Ordinal));
                var page = await admin.GetStringAsync($"/documents/{document.Id}");
                Assert.Contains($"<dt>同套文件</dt><dd><a href=\"/documents/{partner.Id}\">{partner.File}</a>", page);
                var ledger = await Download.GetAsync(admin, $"/api/documents/{document.Id}/export?format=xlsx");
                Assert.Equal(expected[document.File].Order(StringComparer.Ordinal),
                    WorkbookContent.Read(ledger.Content).Rows("问题清单").Select(r => r["编号"].Text).Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(together, recursive: true);
        }
    }
}
