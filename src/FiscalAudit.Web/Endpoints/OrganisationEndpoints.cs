using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Application.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// The organisation tree, attributions and coverage through the API: POST /api/org/import (administrators;
/// multipart field "file"), GET /api/org, DELETE /api/org/{id} (administrators; refused with 409 while anything
/// depends on the unit); GET /api/attribution/pending and POST /api/documents/{id}/attribution
/// ({"unitId"}); GET /api/coverage?year= and /api/coverage/export?year= (xlsx); POST /api/coverage/due
/// ({"year","kind","date"}: a kind's due date in a year, the date written as on the page —
/// 2024-09-30, 2024年9月30日 …; null or blank clears it). Reviewers and administrators only.
/// </summary>
public static class OrganisationEndpoints
{
    /// <summary>An organisation-tree file is small: a larger one is refused before it is read.</summary>
    private const long MaxImportBytes = 10 * 1024 * 1024;

    public sealed record AttributionRequest(long? UnitId);

    /// <summary>The date as the page's field takes it (<see cref="DueDateText"/>): 2024-09-30, 2024年9月30日 …; null or blank clears it.</summary>
    public sealed record DueDateRequest(int? Year, string? Kind, JsonElement? Date);

    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var reviewers = new AuthorizeAttribute { Roles = Roles.Reviewers };
        app.MapPost("/api/org/import", ImportAsync).DisableAntiforgery().RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin });
        app.MapGet("/api/org", async (OrgTree tree, CancellationToken cancellation) => Results.Json(new { units = await tree.ListAsync(cancellation) }))
            .RequireAuthorization(reviewers);
        app.MapDelete("/api/org/{id:long}", async (long id, OrgTree tree, CancellationToken cancellation) =>
        {
            var (problems, name) = await tree.DeleteAsync(id, cancellation);
            if (name is null) return ApiErrors.NotFound(problems[0]);
            return problems.Count > 0
                ? Results.Json(new { error = problems[0], problems }, statusCode: StatusCodes.Status409Conflict)
                : Results.Json(new { deleted = id });
        }).RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Admin });
        app.MapGet("/api/attribution/pending", async (AttributionReview review, CancellationToken cancellation) =>
            Results.Json(new { documents = await review.PendingAsync(cancellation) })).RequireAuthorization(reviewers);
        app.MapPost("/api/documents/{id:long}/attribution", async (long id, AttributionRequest body, AttributionReview review, HttpContext context, CancellationToken cancellation) =>
        {
            if (body.UnitId is not { } unit) return ApiErrors.BadRequest("请在 unitId 中给出部门/单位的编号。");
            return await review.ConfirmAsync(id, unit, context.User.Identity?.Name ?? "", cancellation) is { } problem
                ? ApiErrors.NotFound(problem)
                : Results.Json(new { id, unitId = unit, attribution = Confidence.Confirmed });
        }).RequireAuthorization(reviewers);
        app.MapGet("/api/coverage", async (int? year, CoverageLedger ledger, CancellationToken cancellation) =>
            Results.Json(await ledger.BuildAsync(year, cancellation))).RequireAuthorization(reviewers);
        app.MapGet("/api/coverage/export", async (int? year, CoverageLedger ledger, CancellationToken cancellation) =>
        {
            var view = await ledger.BuildAsync(year, cancellation);
            return Results.File(CoverageExport.Write(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", CoverageExport.FileName(view.Year));
        }).RequireAuthorization(reviewers);
        app.MapPost("/api/coverage/due", async (DueDateRequest? body, DueDates dueDates, CancellationToken cancellation) =>
        {
            if (body?.Year is not { } year) return ApiErrors.BadRequest("请在 year 中给出年度，kind 中给出文件种类（预算、决算、绩效自评），date 中给出截止日期（如 " + DueDateText.Example + "；null 为取消）。");
            if (!DueDateText.TryRead(Text(body.Date), out var date, out var unreadable)) return ApiErrors.BadRequest(unreadable!);
            return await dueDates.SetAsync(year, body.Kind, date, cancellation) is { } problem
                ? ApiErrors.BadRequest(problem)
                : Results.Json(new { year, kind = body.Kind, date });
        }).RequireAuthorization(reviewers);
    }

    /// <summary>A JSON value as the text typed in the page's field: a string as it is, a number or any other value as written (so refused, never taken for a blank).</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };

    private static async Task<IResult> ImportAsync(HttpRequest request, OrgTreeImport import, CancellationToken cancellation)
    {
        if (!request.HasFormContentType) return ApiErrors.BadRequest("请以 multipart/form-data 方式上传组织机构文件，字段名为 file。");
        var form = await request.ReadFormAsync(cancellation);
        if (form.Files.GetFile("file") is not { } file) return ApiErrors.BadRequest("没有收到文件：请在字段 file 中上传 .csv 或 .xlsx 文件。");
        if (file.Length > MaxImportBytes) return ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, "组织机构文件超过 10 MB，请检查是否选错了文件。");
        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellation);
        var outcome = await import.ImportAsync(Path.GetFileName(file.FileName), content.ToArray(), cancellation);
        return outcome.Problems.Count > 0
            ? Results.Json(new { error = outcome.Problems[0], problems = outcome.Problems }, statusCode: StatusCodes.Status400BadRequest)
            : Results.Json(new { added = outcome.Added, updated = outcome.Updated });
    }
}
