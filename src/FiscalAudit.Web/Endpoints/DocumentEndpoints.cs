using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Endpoints;

/// <summary>GET /api/documents/{id}: the document object of `check --format json`; /file: the uploaded bytes.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id:long}", async (long id, DocumentQueries documents, CancellationToken cancellation) =>
        {
            if (await documents.FindAsync(id, cancellation) is not { } document) return ApiErrors.NotFound($"没有编号为 {id} 的文件。");
            if (document.Status == DocumentStatus.Rejected) return ApiErrors.Error(StatusCodes.Status409Conflict, $"该文件未受理，没有审核结果：{document.Reason}");
            return await documents.JsonAsync(document, cancellation) is { } json
                ? Results.Text(json, "application/json; charset=utf-8")
                : ApiErrors.Error(StatusCodes.Status409Conflict, "该文件还在排队或审核中，请稍后再试。");
        });
        app.MapGet("/api/documents/{id:long}/file", async (long id, DocumentQueries documents, CancellationToken cancellation) =>
        {
            if (await documents.FindAsync(id, cancellation) is not { } document) return ApiErrors.NotFound($"没有编号为 {id} 的文件。");
            return await documents.ContentAsync(document, cancellation) is { } content
                ? Results.File(content, "application/octet-stream", Path.GetFileName(document.File))
                : ApiErrors.NotFound("该文件未受理，没有保存其内容。");
        });
    }
}
