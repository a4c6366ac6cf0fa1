using System.Runtime.CompilerServices;
using FiscalAudit.Ingest.Archives;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// Reads the files of a multipart/form-data request (field "files", any number) one at a time as
/// they stream in; a file over the size limit is read past and listed as refused.
/// </summary>
public static class MultipartUpload
{
    public const string Field = "files";

    public static string? Boundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 } boundary
            ? boundary
            : null;

    public static async IAsyncEnumerable<IncomingFile> ReadAsync(HttpRequest request, string boundary, WebSettings settings, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await reader.ReadNextSectionAsync(cancellation) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            if (disposition is null || !disposition.IsFileDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Value != Field)
            {
                await section.Body.DrainAsync(cancellation);
                continue;
            }
            var name = UploadNames.Clean(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
            var (content, length) = await LimitedRead.ReadAllAsync(section.Body, settings.MaxFileBytes, cancellation);
            yield return content is null
                ? IncomingFile.Refused(name, length, $"文件大小 {SizeText.Of(length)} 超过单个文件 {SizeText.Of(settings.MaxFileBytes)} 的上限，未审核。")
                : IncomingFile.Accepted(name, content);
        }
    }
}
