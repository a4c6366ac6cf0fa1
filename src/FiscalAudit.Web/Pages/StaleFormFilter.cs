using FiscalAudit.Web.Endpoints;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace FiscalAudit.Web.Pages;

/// <summary>
/// A page's form posted with an anti-forgery token that no longer fits — the page was opened before its reader logged in
/// again as someone else in another window, or its cookies were cleared — is refused with a page that says what happened
/// and what to do, instead of the bare 请求格式有误 of a malformed request.
/// </summary>
public sealed class StaleFormFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
            context.Result = ErrorResponses.PageResult(StatusCodes.Status400BadRequest, "页面已过期（打开后在其他窗口换过账号或清除过浏览器记录），本次操作未执行。请返回上一页，刷新后重新操作。");
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
