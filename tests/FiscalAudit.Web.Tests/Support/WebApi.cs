using System.Net.Http.Headers;
using System.Text.Json;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>The HTTP API as a script would use it: multipart uploads and JSON answers.</summary>
public static class WebApi
{
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content)[] files) =>
        UploadAsyncTo(client, "/api/batches", files);

    /// <summary>Files in the multipart field "files" to an upload endpoint (a batch, a corrected version).</summary>
    public static async Task<HttpResponseMessage> UploadAsyncTo(HttpClient client, string path, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return await client.PostAsync(path, form);
    }

    /// <summary>Uploads and returns the new batch's id (fails on any other answer).</summary>
    public static async Task<long> UploadBatchAsync(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var response = await UploadAsync(client, files);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GET /api/batches/{id} once its status is done.</summary>
    public static async Task<JsonElement> DoneAsync(HttpClient client, long batch, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = await GetAsync(client, $"/api/batches/{batch}");
            if (view.GetProperty("status").GetString() == "done") return view;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"batch {batch} not done after {seconds} s: {view}");
            await Task.Delay(200);
        }
    }

    public static JsonElement[] Documents(JsonElement batch) => batch.GetProperty("documents").EnumerateArray().ToArray();

    public static JsonElement Named(JsonElement batch, string file) => Documents(batch).Single(d => d.GetProperty("file").GetString() == file);

    /// <summary>True when the text holds Chinese (a reason written for the reviewer).</summary>
    public static bool IsChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
