using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;

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

    private static Task<IResult> UploadAsync(HttpContext context, BatchIntake intake, UploadScreen screen, Visibility visibility, WebSettings settings, CancellationToken cancellation) =>
        UploadRequest.ReceiveAsync(context, screen, settings, async files =>
            await intake.CreateAsync(files, null, visibility.UploadUnit, cancellation) is long id
                ? Results.Json(new { id }, statusCode: StatusCodes.Status201Created)
                : ApiErrors.BadRequest($"没有收到文件：请在字段 {MultipartUpload.Field} 中上传一个或多个文件。"), cancellation);
}
