using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// A request made with a bearer token that was revoked (logout, account disabled, password changed) is
/// answered 401 like one without login, before any endpoint runs.
/// </summary>
public static class LiveTokens
{
    public static void UseLiveTokens(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && AccountServices.IsBearer(context.Request)
            && !await context.RequestServices.GetRequiredService<TokenRevocation>().IsLiveAsync(context.User, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await next(context);
    });
}
