using FiscalAudit.Tests.Pdf;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// An uploaded PDF with a damaged page is checked on its other pages and the reviewer sees the Chinese note on the page left
/// unread; one with no readable page is listed as unreadable with a Chinese reason naming the file, no library English.
/// </summary>
public sealed class DamagedPdfUploadTests
{
    [Fact]
    public async Task The_reviewer_sees_the_damaged_page_noted_and_a_wholly_damaged_file_refused_in_chinese()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();
        var batch = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client,
            ("一页损坏.pdf", MinimalPdf.WithPages([("Revenue 12.50", PageDamage.None), ("Expenditure 8.25", PageDamage.MissingContents), ("Balance 4.25", PageDamage.None)])),
            ("全部损坏.pdf", MinimalPdf.WithPages([("Revenue 12.50", PageDamage.ContentsNotStream), ("Balance 4.25", PageDamage.GarbledFlate)]))));

        var partly = WebApi.Named(batch, "一页损坏.pdf");
        Assert.Equal("done", partly.GetProperty("status").GetString());
        var id = partly.GetProperty("id").GetInt64();
        var note = Assert.Single((await WebApi.GetAsync(client, $"/api/documents/{id}")).GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "FA0002");
        Assert.Equal("第2页内容损坏，无法读取，该页内容未审核。", note.GetProperty("message").GetString());
        Assert.Equal(2, note.GetProperty("location").GetProperty("page").GetInt32());
        Assert.Contains("第2页内容损坏，无法读取，该页内容未审核。", await client.GetStringAsync($"/documents/{id}"));

        var wholly = WebApi.Named(batch, "全部损坏.pdf");
        var reason = "文件“全部损坏.pdf”已损坏：全部 2 页的内容（页面内容、字体或图像）都无法解析，无法读取。请重新获取原文件，或用原软件重新导出后再审核。";
        Assert.Equal(("failed", reason), (wholly.GetProperty("status").GetString(), wholly.GetProperty("reason").GetString()));
        Assert.Contains(reason, await client.GetStringAsync($"/documents/{wholly.GetProperty("id").GetInt64()}"));
    }
}
