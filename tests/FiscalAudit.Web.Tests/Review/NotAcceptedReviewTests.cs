using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Review;

/// <summary>
/// A file not accepted (a program renamed .pdf, a damaged Word file) has no result: a reviewer can neither begin its review
/// nor approve it — through the page or the API, with the reason — but can return it so that its department uploads the
/// proper file, and reopen it.
/// </summary>
public sealed class NotAcceptedReviewTests
{
    [Fact]
    public async Task A_file_not_accepted_can_only_be_returned()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var api = app.SignedInClient();
        var batch = await WebApi.DoneAsync(api, await WebApi.UploadBatchAsync(api, ("部门决算.pdf", "MZ\u0090\0程序"u8.ToArray()), ("旧.doc", new byte[] { 1 })));
        foreach (var file in new[] { "部门决算.pdf", "旧.doc" })
        {
            var document = WebApi.Named(batch, file);
            Assert.Equal("rejected", document.GetProperty("status").GetString());
            var id = document.GetProperty("id").GetInt64();
            var review = await WebApi.GetAsync(api, $"/api/documents/{id}/review");
            Assert.Equal(["return"], review.GetProperty("can").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
            Assert.Equal(ReviewStates.NotAccepted, review.GetProperty("can").GetProperty("waiting").GetString());
            foreach (var refused in new[] { "start", "approve" })
            {
                var answer = await api.PostAsJsonAsync($"/api/documents/{id}/state", new { action = refused });
                Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
                Assert.Equal(ReviewStates.NotAccepted, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
            }
            var returned = await api.PostAsJsonAsync($"/api/documents/{id}/state", new { action = "return", comment = "请上传盖章的 PDF 原件" });
            Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
            Assert.Equal("returned", (await WebApi.GetAsync(api, $"/api/documents/{id}/review")).GetProperty("state").GetString());
            var reopened = await api.PostAsJsonAsync($"/api/documents/{id}/state", new { action = "reopen" });
            Assert.True(reopened.IsSuccessStatusCode, await reopened.Content.ReadAsStringAsync());
            Assert.Equal(["return"], (await WebApi.GetAsync(api, $"/api/documents/{id}/review")).GetProperty("can").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        }
    }
}
