using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// POST /api/auth/token {"username","password"} → {"token","expires"}: the bearer token for scripts
/// (Authorization: Bearer …). Wrong name or password → 401; a locked account → 423; too many attempts → 429.
/// </summary>
public static class AuthEndpoints
{
    private sealed record TokenRequest(string? Username, string? Password);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost(AccountServices.TokenPath, IssueAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> IssueAsync(HttpRequest request, LoginCheck logins, TokenIssuer tokens, CancellationToken cancellation)
    {
        TokenRequest? credentials;
        try
        {
            credentials = await JsonSerializer.DeserializeAsync<TokenRequest>(request.Body, Json, cancellation);
        }
        catch (JsonException)
        {
            credentials = null;
        }
        if (credentials is null) return ApiErrors.BadRequest("请以 JSON 发送用户名和密码：{\"username\": \"…\", \"password\": \"…\"}。");
        var result = await logins.CheckAsync(credentials.Username, credentials.Password);
        if (result.Outcome == LoginOutcome.LockedOut) return ApiErrors.Error(StatusCodes.Status423Locked, result.Refusal);
        if (result.Account is not { } account) return ApiErrors.Error(StatusCodes.Status401Unauthorized, result.Refusal);
        var (token, expires) = await tokens.IssueAsync(account);
        return Results.Json(new { token, expires });
    }
}
