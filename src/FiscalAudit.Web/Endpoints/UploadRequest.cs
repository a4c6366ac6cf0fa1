using FiscalAudit.Ingest.Archives;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// Receives the files of a multipart upload as they stream in — size limits applied, archives expanded,
/// contents sniffed — and hands them on; a request too large, not multipart or cut off is answered in Chinese.
/// </summary>
public static class UploadRequest
{
    public static async Task<IResult> ReceiveAsync(HttpContext context, UploadScreen screen, WebSettings settings, Func<IAsyncEnumerable<IncomingFile>, Task<IResult>> receive, CancellationToken cancellation)
    {
        var request = context.Request;
        var tooLarge = ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, $"上传内容超过单次 {SizeText.Of(settings.MaxRequestBytes)} 的上限，请分批上传。");
        if (request.ContentLength > settings.MaxRequestBytes) return tooLarge;
        if (MultipartUpload.Boundary(request) is not { } boundary)
            return ApiErrors.BadRequest($"请以 multipart/form-data 方式上传文件，字段名为 {MultipartUpload.Field}。");
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = settings.MaxRequestBytes;
        try
        {
            return await receive(MultipartUpload.ReadAsync(request, boundary, settings, cancellation).SelectMany(screen.Screen));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException or InvalidDataException)
        {
            return ApiErrors.BadRequest("上传的数据不完整或格式有误（可能连接中断），本次上传未保存，请重新上传。");
        }
    }
}
