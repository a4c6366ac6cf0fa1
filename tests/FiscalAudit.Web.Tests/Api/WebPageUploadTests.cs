using System.Text;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// A 部门决算 published as a web page and saved from the browser is uploaded like any other file: it is checked with
/// the findings `check` gives the same page, and the document page shows the page's lines as text for the reviewer to
/// locate them.
/// </summary>
public sealed class WebPageUploadTests
{
    private const string Name = "沁阳市政务服务和大数据管理局2020年度部门决算.html";

    [SharedFact]
    public async Task A_saved_web_page_is_checked_as_the_command_line_checks_it()
    {
        await using var store = TestStore.Sqlite();
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-html-").FullName;
        try
        {
            var page = Encoding.UTF8.GetBytes(WebPages.Seed(await File.ReadAllTextAsync(Repo.Seed("002")), WebPages.Style.Word));
            await File.WriteAllBytesAsync(Path.Combine(folder, Name), page);
            var expected = CliFindings.Folder(folder)[Name];
            Assert.Contains(expected, id => id.Length > 0);

            await using var app = new WebAppFactory(store);
            using var admin = app.SignedInClient();
            var batch = await WebApi.UploadBatchAsync(admin, (Name, page));
            var document = Assert.Single(await Checks.FinishedAsync(app.Services, batch));
            Assert.Equal(("final-accounts", 2020), (document.Kind, document.Year));

            var json = await WebApi.GetAsync(admin, $"/api/documents/{document.Id}");
            Assert.Equal(expected.Order(StringComparer.Ordinal), CliFindings.Ids(json).Order(StringComparer.Ordinal));
            var shown = await admin.GetStringAsync($"/documents/{document.Id}");
            Assert.Contains("沁阳市政务服务和大数据管理局内设机构 4 个", shown, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
