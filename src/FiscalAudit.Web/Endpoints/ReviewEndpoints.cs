using FiscalAudit.Ingest.Archives;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// The review of a document through the API: GET /api/documents/{id}/review (state, versions, decisions,
/// notes, comparison, history); POST …/findings/{findingId}/decision {"status","reason"} and …/notes {"text"};
/// POST …/state {"action","comment","confirmed"} (confirmed: true answers the move's question — approving a blank template); GET and POST …/decisions (the CLI's decisions file); POST …/versions
/// (multipart field "files": the corrected document). Deciding and moving states is for reviewers (403 otherwise).
/// </summary>
public static class ReviewEndpoints
{
    /// <summary>A decisions file is small: a larger one is refused before it is read whole.</summary>
    private const long MaxDecisionsBytes = 10 * 1024 * 1024;

    public sealed record DecisionRequest(string? Status, string? Reason);

    public sealed record NoteRequest(string? Text);

    /// <summary>A move of the review state; <see cref="Confirmed"/> answers the move's question (approving a blank template), which is refused without it.</summary>
    public sealed record StateRequest(string? Action, string? Comment, bool? Confirmed);

    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id:long}/review", async (long id, ReviewOverview overview, CancellationToken cancellation) =>
            await overview.BuildAsync(id, cancellation) is { } view ? Results.Json(view) : ApiErrors.NotFound($"没有编号为 {id} 的文件。"));
        app.MapPost("/api/documents/{id:long}/findings/{findingId}/decision", async (long id, string findingId, DecisionRequest? body, FindingReview review, CancellationToken cancellation) =>
            Answer(await review.DecideAsync(id, findingId, body?.Status, body?.Reason, cancellation)));
        app.MapPost("/api/documents/{id:long}/findings/{findingId}/notes", async (long id, string findingId, NoteRequest? body, FindingReview review, CancellationToken cancellation) =>
            Answer(await review.NoteAsync(id, findingId, body?.Text, cancellation)));
        app.MapPost("/api/documents/{id:long}/state", async (long id, StateRequest? body, ReviewStates states, CancellationToken cancellation) =>
            Answer(await states.ChangeAsync(id, body?.Action, body?.Comment, body?.Confirmed == true, cancellation)));
        app.MapGet("/api/documents/{id:long}/decisions", async (long id, FindingReview review, CancellationToken cancellation) =>
            await review.ExportAsync(id, cancellation) is { } file
                ? Results.File(file.Content, "application/json; charset=utf-8", file.FileName)
                : ApiErrors.NotFound($"没有编号为 {id} 的文件。"));
        app.MapPost("/api/documents/{id:long}/decisions", ImportAsync).DisableAntiforgery();
        app.MapPost("/api/documents/{id:long}/versions", UploadVersionAsync).DisableAntiforgery();
    }

    private static IResult Answer(ReviewProblem? problem) =>
        problem is null ? Results.Json(new { ok = true }) : ApiErrors.Error(problem.Status, problem.Message);

    /// <summary>The body is the decisions file itself (审核记录.json, as `check --write-review` writes it).</summary>
    private static async Task<IResult> ImportAsync(long id, HttpRequest request, FindingReview review, CancellationToken cancellation)
    {
        var (content, _) = await LimitedRead.ReadAllAsync(request.Body, MaxDecisionsBytes, cancellation);
        if (content is null) return ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, "审核记录文件超过 10 MB，请检查是否选错了文件。");
        var name = request.Headers["X-File-Name"].FirstOrDefault() is { Length: > 0 } header ? UploadNames.Clean(Uri.UnescapeDataString(header)) : "审核记录.json";
        var (outcome, problem) = await review.ImportAsync(id, name, content, cancellation);
        return problem is not null
            ? ApiErrors.Error(problem.Status, problem.Message)
            : Results.Json(new { outcome!.Changed, outcome.Unchanged, outcome.Elsewhere, message = outcome.Describe() });
    }

    private static async Task<IResult> UploadVersionAsync(long id, HttpContext context, CorrectedVersions versions, UploadScreen screen, WebSettings settings, CancellationToken cancellation)
    {
        var (subject, refusal) = await versions.TargetAsync(id, cancellation);
        if (subject is null) return ApiErrors.Error(refusal!.Status, refusal.Message);
        return await UploadRequest.ReceiveAsync(context, screen, settings, async files =>
        {
            var (version, problem) = await versions.AddAsync(subject, files, cancellation);
            return problem is not null
                ? ApiErrors.Error(problem.Status, problem.Message)
                : Results.Json(new { id = version }, statusCode: StatusCodes.Status201Created);
        }, cancellation);
    }
}
