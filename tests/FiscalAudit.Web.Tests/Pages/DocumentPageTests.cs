using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FiscalAudit.Engine;
using FiscalAudit.Reports.Parts;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Pages;

/// <summary>The document page's server side (parts, source lines, rule links, exports) and the rule help pages.</summary>
public sealed class DocumentPageTests
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public async Task A_text_document_lists_its_findings_under_their_parts_beside_its_source_lines()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batchId = await WebApi.UploadBatchAsync(client, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        var documentId = WebApi.Named(await WebApi.DoneAsync(client, batchId), "示例.txt").GetProperty("id").GetInt64();

        var page = await client.GetStringAsync($"/documents/{documentId}");

        var audit = new Auditor().Audit(CliFindings.Example);
        var parts = DisclosureParts.Of(audit.Disclosure);
        Assert.NotEmpty(audit.Findings);
        foreach (var finding in audit.Findings)
        {
            Assert.Contains($"part-title\">{Html.Encode(parts.PartOf(finding).Title)} ", page);
            Assert.Contains($"href=\"/rules/{finding.RuleId}\"", page);
            if (finding.Location.Source?.Line is int line) Assert.Contains($"data-line=\"{line}\"", page);
        }
        Assert.Equal(audit.Disclosure!.Source.Lines.Count, page.Split("<li data-page=").Length - 1);
        foreach (var format in new[] { "xlsx", "docx" }) Assert.Contains($"/api/documents/{documentId}/export?format={format}", page);
        Assert.DoesNotContain("format=pdf", page);
    }

    [Fact]
    public async Task Rule_help_pages_render_the_reviewers_part_of_the_rule_documentation_and_nothing_else()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var markdown = await File.ReadAllLinesAsync(Path.Combine(FiscalAudit.Tests.Support.Repo.Root, "docs", "rules", "FA2004.md"));

        var help = await client.GetStringAsync("/rules/FA2004");

        Assert.Contains($"<h1>{Html.Encode(markdown.First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..])}</h1>", help);
        foreach (var heading in new[] { "问题说明", "检查方法", "示例", "如何整改", "如何忽略" }) Assert.Contains($"<h2>{heading}</h2>", help);
        Assert.DoesNotContain("Developer notes", help);
        Assert.DoesNotContain("<h3>Rule description</h3>", help);
        Assert.Contains($"<strong>规则说明</strong>：{Html.Encode(FiscalAudit.Rules.RuleCatalog.Default.Find("FA2004")!.Summary)}", help);
        foreach (var path in new[] { "/rules/FA9999", "/rules/fa2004", "/rules/..%2F..%2FREADME" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("找不到", await response.Content.ReadAsStringAsync());
        }
    }
}
