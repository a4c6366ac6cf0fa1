using System.Text.Json;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// POST /api/auth/token {"username","password"} → {"token","expires"}: the bearer token for scripts
/// (Authorization: Bearer …). Wrong name or password → 401; a locked account → 423; a disabled one → 403;
/// too many attempts → 429. POST /api/auth/logout revokes the token it is called with.
/// </summary>
public static class AuthEndpoints
{
    private sealed record TokenRequest(string? Username, string? Password);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccountServices.TokenPath, IssueAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost(AccountServices.LogoutPath, LogoutAsync).DisableAntiforgery();
    }

    /// <summary>Revokes the bearer token the request carries (a cookie login ends at the 退出 page).</summary>
    private static async Task<IResult> LogoutAsync(HttpContext context, TokenRevocation revocation, CancellationToken cancellation) =>
        await revocation.RevokeAsync(context.User, cancellation)
            ? Results.Json(new { revoked = true })
            : ApiErrors.BadRequest("此接口用于注销令牌：请在请求头中带上要注销的令牌（Authorization: Bearer 令牌）。网页登录请点“退出”。");

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
        if (result.Outcome == LoginOutcome.Disabled) return ApiErrors.Error(StatusCodes.Status403Forbidden, result.Refusal);
        if (result.Account is not { } account) return ApiErrors.Error(StatusCodes.Status401Unauthorized, result.Refusal);
        var (token, expires) = await tokens.IssueAsync(account);
        return Results.Json(new { token, expires });
    }
}
