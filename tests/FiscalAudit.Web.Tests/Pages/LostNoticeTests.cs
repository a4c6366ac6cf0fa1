using System.Net;
using FiscalAudit.Web.Pages;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Pages;

/// <summary>
/// The notice a page shows after an action travels in a signed cookie. One the next page cannot read — signed by another web
/// process's key, or altered on the way — is said to be lost, in Chinese, where the notice would have been; one read normally is
/// shown as written, and a page reached without any shows none.
/// </summary>
public sealed class LostNoticeTests
{
    private const string CookieName = ".AspNetCore.Mvc.CookieTempDataProvider";

    [Fact]
    public async Task A_notice_another_process_signed_or_altered_is_said_lost()
    {
        await using var here = TestStore.Sqlite();
        await using var elsewhere = TestStore.Sqlite();
        await using var app = new WebAppFactory(here);
        await using var other = new WebAppFactory(elsewhere);
        var batch = await UploadedBatchAsync(app);
        Assert.Equal(batch, await UploadedBatchAsync(other));

        using var page = await app.PageClientAsync();
        var posted = await PageForms.PostAsync(page, $"/batches/{batch}", $"/batches/{batch}?handler=Recheck", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var notice = posted.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));

        using var api = app.SignedInClient();
        Assert.Contains("本批次的审核结果已是当前版本，无需重新审核。", await PageAsync(api, $"/batches/{batch}", notice));
        Assert.DoesNotContain(LostNoticeTempData.LostNotice, await PageAsync(api, $"/batches/{batch}", null));
        var altered = notice[..^4] + (notice.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        Assert.Contains($"<p class=\"notice\" role=\"status\">{LostNoticeTempData.LostNotice}</p>", await PageAsync(api, $"/batches/{batch}", altered));

        using var otherApi = other.SignedInClient();
        var foreign = await PageAsync(otherApi, $"/batches/{batch}", notice);
        Assert.Contains($"<p class=\"notice\" role=\"status\">{LostNoticeTempData.LostNotice}</p>", foreign);
        Assert.DoesNotContain("无需重新审核", foreign);
    }

    private static async Task<long> UploadedBatchAsync(WebAppFactory app)
    {
        using var api = app.SignedInClient();
        var batch = await WebApi.UploadBatchAsync(api, (CorrectedExample.Name, CorrectedExample.Original));
        await WebApi.DoneAsync(api, batch);
        return batch;
    }

    /// <summary>The page as a browser that sends <paramref name="cookie"/> (the notice's, as the last answer set it) sees it.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return WebUtility.HtmlDecode(body);
    }
}
