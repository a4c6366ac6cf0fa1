using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace FiscalAudit.Web.Endpoints;

/// <summary>POST /api/batches (upload), GET /api/batches, GET /api/batches/{id} and its live progress (/events, server-sent events).</summary>
public static class BatchEndpoints
{
    public static void MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/batches", UploadAsync).DisableAntiforgery();
        app.MapGet("/api/batches", async (BatchQueries batches, CancellationToken cancellation) => Results.Json(new { batches = await batches.ListAsync(cancellation) }));
        app.MapGet("/api/batches/{id:long}", async (long id, BatchQueries batches, CancellationToken cancellation) =>
            await batches.FindAsync(id, cancellation) is { } batch ? Results.Json(batch) : ApiErrors.NotFound($"没有编号为 {id} 的批次。"));
        app.MapGet("/api/batches/{id:long}/events", async (long id, BatchQueries batches, ProgressFeed feed, CancellationToken cancellation) =>
            await batches.FindAsync(id, cancellation) is null
                ? ApiErrors.NotFound($"没有编号为 {id} 的批次。")
                : TypedResults.ServerSentEvents(feed.WatchAsync(id, cancellation)));
    }

    private static async Task<IResult> UploadAsync(HttpContext context, BatchIntake intake, UploadScreen screen, Visibility visibility, WebSettings settings, CancellationToken cancellation)
    {
        var request = context.Request;
        var tooLarge = ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, $"上传内容超过单次 {UploadNames.Size(settings.MaxRequestBytes)} 的上限，请分批上传。");
        if (request.ContentLength > settings.MaxRequestBytes) return tooLarge;
        if (MultipartUpload.Boundary(request) is not { } boundary)
            return ApiErrors.BadRequest($"请以 multipart/form-data 方式上传文件，字段名为 {MultipartUpload.Field}。");
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = settings.MaxRequestBytes;
        try
        {
            var files = MultipartUpload.ReadAsync(request, boundary, settings, cancellation).SelectMany(screen.Screen);
            return await intake.CreateAsync(files, null, visibility.UploadUnit, cancellation) is long id
                ? Results.Json(new { id }, statusCode: StatusCodes.Status201Created)
                : ApiErrors.BadRequest($"没有收到文件：请在字段 {MultipartUpload.Field} 中上传一个或多个文件。");
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
