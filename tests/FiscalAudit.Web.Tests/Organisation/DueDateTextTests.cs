using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Organisation;

/// <summary>The 报送截止日期 field is typed as 年-月-日 (and the ways reviewers write dates); text that is no date is refused, never taken for a blank.</summary>
public sealed class DueDateTextTests
{
    [Theory]
    [InlineData("2024-09-30")]
    [InlineData("2024-9-30")]
    [InlineData(" 2024年9月30日 ")]
    [InlineData("2024年09月30日")]
    [InlineData("2024/9/30")]
    [InlineData("2024.09.30")]
    public void Dates_as_reviewers_write_them_are_read(string text)
    {
        Assert.True(DueDateText.TryRead(text, out var date, out var problem));
        Assert.Equal(new DateOnly(2024, 9, 30), date);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_field_clears_the_date(string? text)
    {
        Assert.True(DueDateText.TryRead(text, out var date, out _));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("09/30/2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("明年九月")]
    [InlineData("2024-09-30-1")]
    [InlineData("２０２４-09-30")]
    public void Text_that_is_no_date_is_refused(string text)
    {
        Assert.False(DueDateText.TryRead(text, out var date, out var problem));
        Assert.Null(date);
        Assert.Contains("年-月-日", problem);
    }

    [Fact]
    public async Task The_coverage_form_saves_a_chinese_date_and_refuses_an_unreadable_one_without_clearing()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = await app.PageClientAsync();
        var page = await client.GetStringAsync("/coverage?year=2024");
        Assert.Contains("placeholder=\"年-月-日，如 2024-09-30\"", page);
        Assert.DoesNotContain("type=\"date\"", page);

        await PageForms.PostAsync(client, "/coverage?year=2024", "/coverage?year=2024&handler=Due", new Dictionary<string, string> { ["year"] = "2024", ["kind"] = "决算", ["date"] = "2024年9月30日" });
        Assert.Contains("截止 2024-09-30", await client.GetStringAsync("/coverage?year=2024"));

        var refused = await PageForms.PostAsync(client, "/coverage?year=2024", "/coverage?year=2024&handler=Due", new Dictionary<string, string> { ["year"] = "2024", ["kind"] = "决算", ["date"] = "09/31/2024" });
        Assert.Contains("无法识别", await refused.Content.ReadAsStringAsync());
        Assert.Contains("截止 2024-09-30", await client.GetStringAsync("/coverage?year=2024"));
    }

    /// <summary>POST /api/coverage/due reads the date as the page's field does; an unreadable one is refused in Chinese and the saved date kept.</summary>
    [Fact]
    public async Task The_due_date_api_reads_dates_as_the_page_does()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store);
        using var client = app.SignedInClient();

        foreach (var (date, expected) in new[] { ("2024年9月30日", "2024-09-30"), ("2024-9-1", "2024-09-01"), ("2024-10-08", "2024-10-08") })
        {
            var saved = await client.PostAsJsonAsync("/api/coverage/due", new { year = 2024, kind = "决算", date });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(expected, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("date").GetString());
            Assert.Equal(expected, await DueAsync(client));
        }

        foreach (var date in new object[] { "09/31/2024", "明年九月", 20241008, true })
        {
            var refused = await client.PostAsJsonAsync("/api/coverage/due", new { year = 2024, kind = "决算", date });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
            Assert.Contains("无法识别，请按 年-月-日 填写", error);
            Assert.Equal("2024-10-08", await DueAsync(client));
        }

        foreach (var cleared in new object?[] { null, "  " })
        {
            await client.PostAsJsonAsync("/api/coverage/due", new { year = 2024, kind = "决算", date = "2024-10-08" });
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/coverage/due", new { year = 2024, kind = "决算", date = cleared })).StatusCode);
            Assert.Null(await DueAsync(client));
        }
    }

    private static async Task<string?> DueAsync(HttpClient client) =>
        (await WebApi.GetAsync(client, "/api/coverage?year=2024")).GetProperty("due").EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == "决算").GetProperty("due").GetString();
}
