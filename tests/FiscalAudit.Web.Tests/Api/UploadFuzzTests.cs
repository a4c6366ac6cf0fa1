using System.Net;
using System.Text;
using System.Text.Json;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Api;

/// <summary>
/// Hostile and broken uploads: each bad file is listed as rejected (or unreadable) with a Chinese
/// reason, the request never fails with a server error, and what was stored before is still there.
/// </summary>
public sealed class UploadFuzzTests
{
    private static readonly Dictionary<string, string> SmallFiles = new() { ["FiscalAudit:MaxFileBytes"] = "200000" };

    [Fact]
    public async Task Hostile_uploads_are_listed_with_chinese_reasons_and_lose_nothing_stored()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, SmallFiles);
        using var client = app.SignedInClient();
        var example = await File.ReadAllBytesAsync(CliFindings.Example);
        var before = await WebApi.DoneAsync(client, await WebApi.UploadBatchAsync(client, ("示例.txt", example)));
        var exampleId = WebApi.Documents(before)[0].GetProperty("id").GetInt64();
        var stored = (await WebApi.GetAsync(client, $"/api/documents/{exampleId}")).GetRawText();

        var random = new Random(20241202);
        var uploads = new List<(string Name, byte[] Content)>();
        foreach (var extension in new[] { ".pdf", ".docx", ".xlsx", ".doc", ".xls", ".txt", ".md", ".zip", "", ".exe" })
            for (var i = 0; i < 3; i++)
                uploads.Add(($"随机{i}{extension}", RandomBytes(random, random.Next(1, 50_000))));
        var good = Zips.Of(("年报/示例.txt", example), ("说明.md", Encoding.UTF8.GetBytes("# 说明\n示例")));
        for (var i = 0; i < 6; i++) uploads.Add(($"截断{i}.zip", good[..random.Next(1, good.Length - 1)]));
        uploads.Add(("穿越.zip", Zips.Of(("../../etc/passwd.txt", example), ("/绝对路径.txt", example), ("正常.txt", example))));
        uploads.Add(("炸弹.zip", Zips.Of(("零.txt", new byte[150_000]))));
        uploads.Add(("嵌套.zip", Zips.Of(("里层.zip", good), ("表格.xls", new byte[] { 1, 2, 3 }))));
        uploads.Add(("过大.txt", Encoding.UTF8.GetBytes(new string('数', 100_000))));
        uploads.Add(("空文件.pdf", Array.Empty<byte>()));

        var response = await WebApi.UploadAsync(client, uploads.ToArray());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var batch = await WebApi.DoneAsync(client, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
        var documents = WebApi.Documents(batch);

        foreach (var d in documents.Where(d => d.GetProperty("status").GetString() is "rejected" or "failed"))
            Assert.True(WebApi.IsChinese(d.GetProperty("reason").GetString()), d.ToString());
        foreach (var (name, _) in uploads.Where(u => u.Name.StartsWith("随机", StringComparison.Ordinal) && !u.Name.EndsWith(".zip", StringComparison.Ordinal)))
            Assert.Contains(WebApi.Named(batch, name).GetProperty("status").GetString(), new[] { "rejected", "failed" });
        Assert.Contains("指向压缩包以外", Reason(batch, "穿越.zip/../../etc/passwd.txt"));
        Assert.Contains("指向压缩包以外", Reason(batch, "穿越.zip/绝对路径.txt"));
        Assert.Equal("done", WebApi.Named(batch, "穿越.zip/正常.txt").GetProperty("status").GetString());
        Assert.Contains("压缩炸弹", Reason(batch, "炸弹.zip/零.txt"));
        Assert.Contains("压缩包中的压缩包", Reason(batch, "嵌套.zip/里层.zip"));
        Assert.Contains("扩展名是 .xls，但内容不是Excel 97-2003 表格", Reason(batch, "嵌套.zip/表格.xls"));
        Assert.Contains("超过单个文件", Reason(batch, "过大.txt"));
        Assert.Contains("为空", Reason(batch, "空文件.pdf"));
        Assert.All(Enumerable.Range(0, 6), i => Assert.Contains(documents, d => d.GetProperty("file").GetString()!.StartsWith($"截断{i}.zip", StringComparison.Ordinal)));

        Assert.Equal(stored, (await WebApi.GetAsync(client, $"/api/documents/{exampleId}")).GetRawText());
        Assert.Equal(2, (await WebApi.GetAsync(client, "/api/batches")).GetProperty("batches").GetArrayLength());
    }

    [Fact]
    public async Task A_request_over_the_limit_is_refused_in_chinese_and_stores_no_batch()
    {
        await using var store = TestStore.Sqlite();
        await using var app = new WebAppFactory(store, new Dictionary<string, string> { ["FiscalAudit:MaxRequestBytes"] = "100000" });
        using var client = app.SignedInClient();

        var response = await WebApi.UploadAsync(client, ("大.txt", new byte[150_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上限", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Equal(0, (await WebApi.GetAsync(client, "/api/batches")).GetProperty("batches").GetArrayLength());
    }

    private static string Reason(JsonElement batch, string file) => WebApi.Named(batch, file).GetProperty("reason").GetString()!;

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
