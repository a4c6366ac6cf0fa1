using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FiscalAudit.Web.Endpoints;

/// <summary>
/// What a failure looks like in every environment, Development included: a Chinese JSON error under
/// /api, a Chinese page elsewhere. The exception is logged, never shown.
/// </summary>
public static class ErrorResponses
{
    public static void UseChineseErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FiscalAudit.Web").LogError(error, "request failed: {Path}", context.Request.Path);
                return WriteAsync(context, StatusCodes.Status500InternalServerError);
            },
        });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        var message = Message(status);
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
            return Results.Json(new { error = message }, statusCode: status).ExecuteAsync(context);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(status, message));
    }

    private static string Message(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "请先登录：网页请登录后再访问，接口请在请求头中带上令牌（Authorization: Bearer 令牌，由 POST /api/auth/token 获取）。",
        StatusCodes.Status403Forbidden => "没有权限访问这个页面或接口。",
        StatusCodes.Status429TooManyRequests => "登录尝试过于频繁，请一分钟后再试。",
        StatusCodes.Status404NotFound => "找不到这个页面或接口，请检查地址。",
        StatusCodes.Status405MethodNotAllowed => "不支持这种请求方式。",
        StatusCodes.Status413PayloadTooLarge => "上传内容超过大小上限，请分批上传。",
        StatusCodes.Status400BadRequest => "请求格式有误。",
        >= 500 => "服务器内部出错，本次操作未完成。请稍后重试；如果一再出现，请联系系统管理员。",
        _ => "请求未能完成。",
    };

    /// <summary>The error page with <paramref name="message"/>, for a page that refuses a request for a reason of its own.</summary>
    public static ContentResult PageResult(int status, string message) =>
        new() { StatusCode = status, ContentType = "text/html; charset=utf-8", Content = Page(status, message) };

    private static string Page(int status, string message) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>出错了 - FiscalAudit</title>
        <link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="page error-page"><h1>出错了（{{status}}）</h1><p>{{WebUtility.HtmlEncode(message)}}</p>
        <p><a href="/">返回批次列表</a></p></main></body></html>
        """;
}
