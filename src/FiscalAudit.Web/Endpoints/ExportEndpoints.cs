using FiscalAudit.Web.Exports;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// GET /api/documents/{id}/export and /api/batches/{id}/export?format=xlsx|docx|pdf: the reports as
/// downloads, saved under their Chinese names (Content-Disposition with an RFC 5987 filename*).
/// </summary>
public static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id:long}/export", (long id, string? format, DocumentExports exports, CancellationToken cancellation) =>
            AnswerAsync(format, f => exports.ExportAsync(id, f, cancellation)));
        app.MapGet("/api/batches/{id:long}/export", (long id, string? format, BatchExports exports, CancellationToken cancellation) =>
            AnswerAsync(format, f => exports.ExportAsync(id, f, cancellation)));
    }

    private static async Task<IResult> AnswerAsync(string? format, Func<ExportFormat, Task<ExportFile>> export)
    {
        if (ExportFormats.Parse(format) is not { } chosen)
            return ApiErrors.BadRequest($"请用 format 参数指定导出格式：{ExportFormats.Choices}（收到“{format}”）。");
        try
        {
            var file = await export(chosen);
            return Results.File(file.Content, file.MediaType, file.Name);
        }
        catch (ExportRefusedException e)
        {
            return ApiErrors.Error(e.Status, e.Message);
        }
    }
}
