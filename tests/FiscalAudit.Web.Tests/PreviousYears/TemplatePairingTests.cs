using System.Net;
using System.Text;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Tests.Organisation;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Tests.PreviousYears;

/// <summary>
/// What a document shows comes from the result it shows: a 2024 blank template checked by an engine from before the
/// template flag (its row and result not marked) is paired, when the 2023 document of its unit arrives, with a reading
/// by the current engine — the pairing's counts and its blank-template flag are both what the document then shows.
/// </summary>
public sealed class TemplatePairingTests
{
    private const string Unit = "示例市示例管理局";

    [Fact]
    public Task Sqlite_a_paired_template_is_shown_as_a_template() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_a_paired_template_is_shown_as_a_template() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var admin = app.SignedInClient();
        var tree = $"编码,名称,上级编码,别名\nE01,{Unit},,\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/org/import", OrgTreeImportTests.FileForm("组织机构.csv", OrgFiles.Csv(tree)))).StatusCode);
        var blank = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BlankTemplates.TablesOnly()).Replace("2023", "2024"));
        var template = Assert.Single(await Checks.FinishedAsync(app.Services, await WebApi.UploadBatchAsync(admin, ("2024年度部门决算（模板）.txt", blank))));
        Assert.True(template.IsTemplate);
        Assert.NotNull(template.OrgUnitId);

        // As an engine from before the flag left it: the result and the document not marked.
        await EarlierEngine.MarkAsync(store, expectedResults: 1);
        await using (var db = store.Open())
        {
            await db.CheckResults.ExecuteUpdateAsync(s => s.SetProperty(r => r.IsTemplate, false));
            await db.Documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.IsTemplate, false));
        }

        var previous = Assert.Single(await Checks.FinishedAsync(app.Services,
            await WebApi.UploadBatchAsync(admin, ("2023年度部门决算.txt", await File.ReadAllBytesAsync(CliFindings.Example)))));
        Assert.Equal(template.OrgUnitId, previous.OrgUnitId);
        Assert.Equal(previous.Id, await PreviousYearWaits.PairedAsync(app.Services, template.Id));

        var shown = Assert.Single(await Checks.DocumentsAsync(app.Services, template.BatchId));
        Assert.True(shown.IsTemplate);
        var page = await admin.GetStringAsync($"/documents/{template.Id}");
        Assert.Contains("id=\"template-result\"", page);
        Assert.True((await WebApi.GetAsync(admin, $"/api/batches/{template.BatchId}")).GetProperty("documents")[0].GetProperty("template").GetBoolean());
        Assert.Contains(DisplayNames.Template, System.Net.WebUtility.HtmlDecode(page));
    }
}
