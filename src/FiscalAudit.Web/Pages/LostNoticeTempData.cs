using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Pages;

/// <summary>
/// The pages' notices after an action (“已将本文件交给当前版本重新审核……”) travel in the signed TempData cookie. When that cookie
/// cannot be read back — signed by a key this process does not have (another web process on a new database, keys replaced),
/// or altered — ASP.NET Core only logs it and the reviewer would see the page as if nothing had been said; instead the page's
/// notice says the message was lost and that the page shows where things now stand.
/// </summary>
public sealed class LostNoticeTempData(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    /// <summary>The TempData key of every page's notice (its <c>Done</c> property).</summary>
    public const string NoticeKey = "Done";

    public const string LostNotice = "上一步操作的结果说明未能读取（提示信息已失效），请以本页现在显示的内容为准。";

    public IDictionary<string, object> LoadTempData(HttpContext context)
    {
        var values = cookies.LoadTempData(context);
        // A cookie is written only with values in it, so one that gives none back could not be read.
        if (values.Count == 0 && context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
            values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) { [NoticeKey] = LostNotice };
        return values;
    }

    public void SaveTempData(HttpContext context, IDictionary<string, object> values) => cookies.SaveTempData(context, values);
}
