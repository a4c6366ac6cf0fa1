using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Pages;

/// <summary>
/// A blank template (tables without figures: only its completeness checked) never looks like a passed document: the
/// document page, the batch page and list, 审核任务 and the review API say what it is, and approving it is asked first.
/// With them, what the review panel shows of a document without findings.
/// </summary>
public sealed class BlankTemplateTests
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    [Fact]
    public async Task Sqlite_blank_templates_are_shown_as_templates() => await TemplatesShown(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_blank_templates_are_shown_as_templates() => await TemplatesShown(await TestStore.PostgresAsync());

    private static async Task TemplatesShown(TestStore store)
    {
        await using (store)
        {
            await using var app = new WebAppFactory(store);
            using var client = app.SignedInClient();
            var batchId = await WebApi.UploadBatchAsync(client,
                ("空白模板.txt", BlankTemplates.TablesOnly()), ("带说明的空白模板.txt", BlankTemplates.WithNarrative()),
                ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)), ("旧.doc", new byte[] { 1 }));
            var batch = await WebApi.DoneAsync(client, batchId);
            long Id(string file) => WebApi.Named(batch, file).GetProperty("id").GetInt64();
            var (blank, withNarrative, filled, refused) = (Id("空白模板.txt"), Id("带说明的空白模板.txt"), Id("示例.txt"), Id("旧.doc"));
            var note = Html.Encode(DisplayNames.Template);

            Assert.Equal([true, true, false, false], WebApi.Documents(batch).Select(d => d.GetProperty("template").GetBoolean()));
            var clean = WebApi.Named(batch, "空白模板.txt");
            Assert.Equal(0, clean.GetProperty("errors").GetInt32() + clean.GetProperty("warnings").GetInt32() + clean.GetProperty("infos").GetInt32());

            // The document page: what it is in the facts in place of the counts (zeros would read as passed), and never “没有发现问题”;
            // a template's findings (its 情况说明 quotes figures) are counted after the note.
            var blankPage = await client.GetStringAsync($"/documents/{blank}");
            Assert.Equal(note, Fact(blankPage, "id=\"template-result\""));
            Assert.DoesNotContain("<dt>错误</dt>", blankPage);
            Assert.DoesNotContain("没有发现问题", blankPage);
            var counted = WebApi.Named(batch, "带说明的空白模板.txt");
            var found = new[] { ("errors", "错误"), ("warnings", "警告"), ("infos", "提示") }
                .Select(c => (Count: counted.GetProperty(c.Item1).GetInt32(), Name: c.Item2)).Where(c => c.Count > 0).Select(c => $"{c.Count} 条{c.Name}").ToList();
            Assert.NotEmpty(found);
            var withNarrativePage = await client.GetStringAsync($"/documents/{withNarrative}");
            Assert.Equal($"{note}；有 {string.Join("、", found)}", Fact(withNarrativePage, "id=\"template-result\""));
            Assert.DoesNotContain("<dt>错误</dt>", withNarrativePage);
            var filledPage = await client.GetStringAsync($"/documents/{filled}");
            Assert.DoesNotContain(note, filledPage);
            Assert.Contains("<dt>错误</dt>", filledPage);

            // The batch page marks both template rows, the list counts them, 审核任务 marks them.
            var batchPage = await client.GetStringAsync($"/batches/{batchId}");
            Assert.Equal(2, Rows(batchPage, "<tr data-id=").Count(r => r.Contains(note, StringComparison.Ordinal)));
            Assert.DoesNotContain(note, Rows(batchPage, "<tr data-id=").Single(r => r.StartsWith($"\"{filled}\"", StringComparison.Ordinal)));
            Assert.Contains("其中 2 个是空白模板", await client.GetStringAsync("/"));
            var tasks = Rows(await client.GetStringAsync("/reviews"), "<tr data-id=");
            Assert.Contains(note, tasks.Single(r => r.StartsWith($"\"{blank}\"", StringComparison.Ordinal)));
            Assert.DoesNotContain(note, tasks.Single(r => r.StartsWith($"\"{filled}\"", StringComparison.Ordinal)));

            // The decision files and the --review hint only where there are findings to decide: not on the blank or refused file.
            Assert.DoesNotContain("id=\"review-files\"", blankPage);
            Assert.DoesNotContain("id=\"review-files\"", await client.GetStringAsync($"/documents/{refused}"));
            Assert.Contains("<code>--review</code>", await client.GetStringAsync($"/documents/{withNarrative}"));
            // The review history starts closed, so the findings come first.
            Assert.Contains("<details class=\"history\" id=\"history\">", blankPage);

            // Approving a template is asked first; a filled document is approved without a question.
            Assert.Equal(ReviewStates.ApproveTemplate, Confirmation(await WebApi.GetAsync(client, $"/api/documents/{blank}/review")));
            Assert.Null(Confirmation(await WebApi.GetAsync(client, $"/api/documents/{filled}/review")));
            Assert.Contains($"data-confirm=\"{Html.Encode(ReviewStates.ApproveTemplate)}\"", blankPage);

            // The API asks the same: approving the template without the answer is refused, with it approved; a filled document needs none.
            foreach (var unanswered in new object[] { new { action = "approve" }, new { action = "approve", confirmed = false } })
            {
                var answer = await client.PostAsJsonAsync($"/api/documents/{blank}/state", unanswered);
                Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
                Assert.Equal(ReviewStates.TemplateNotConfirmed, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
                Assert.Equal("pending", (await WebApi.GetAsync(client, $"/api/documents/{blank}/review")).GetProperty("state").GetString());
            }
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/documents/{blank}/state", new { action = "approve", confirmed = true })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/documents/{filled}/state", new { action = "approve" })).StatusCode);
            foreach (var approved in new[] { blank, filled })
                Assert.Equal("approved", (await WebApi.GetAsync(client, $"/api/documents/{approved}/review")).GetProperty("state").GetString());
        }
    }

    private static string? Confirmation(JsonElement review) =>
        review.GetProperty("can").GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("action").GetString() == "approve").GetProperty("confirm").GetString();

    private static string[] Rows(string page, string start) => page.Split(start)[1..];

    /// <summary>The text of the fact (a dt/dd pair) whose element carries <paramref name="marker"/>.</summary>
    private static string Fact(string page, string marker)
    {
        var after = page[(page.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
        var start = after.IndexOf("<dd>", StringComparison.Ordinal) + "<dd>".Length;
        return after[start..after.IndexOf("</dd>", StringComparison.Ordinal)];
    }
}
