using FiscalAudit.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// A change through the API made with the login cookie (the pages' scripts) must carry the page's
/// anti-forgery token in the RequestVerificationToken header; bearer-token clients need none (no
/// browser sends their token by itself). The header alone is read: an upload's body is never buffered for it.
/// </summary>
public static class ApiAntiforgery
{
    public static void UseApiAntiforgery(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (AccountServices.IsApi(request) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && context.User.Identity?.IsAuthenticated == true && !AccountServices.IsBearer(request))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            var header = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName!;
            if (!request.Headers.ContainsKey(header) || !await antiforgery.IsRequestValidAsync(context))
            {
                await ApiErrors.BadRequest("请求缺少有效的防伪令牌，请刷新页面后重试。").ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });
}
