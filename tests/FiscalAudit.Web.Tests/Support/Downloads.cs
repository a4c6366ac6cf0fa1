using System.IO.Compression;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>An export as the browser receives it: the bytes and the file name it saves them under.</summary>
public sealed record Download(string FileName, string MediaType, byte[] Content)
{
    public static async Task<Download> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(content)}");
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        // The Chinese name travels as RFC 5987 filename*; HttpClient decodes it.
        return new Download(disposition.FileNameStar!, response.Content.Headers.ContentType!.MediaType!, content);
    }

    /// <summary>The files of a zip download by name.</summary>
    public Dictionary<string, byte[]> Entries()
    {
        using var zip = new ZipArchive(new MemoryStream(Content), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        });
    }
}
