using FiscalAudit.Web.Application.Accounts;

namespace FiscalAudit.Web.Application.Review;

/// <summary>Who acts: the logged-in person's name, and whether the person reviews (管理员, 审核人员) or answers for a department (部门用户).</summary>
public sealed class ReviewActor(IHttpContextAccessor http)
{
    public string Name => http.HttpContext?.User.Identity?.Name ?? "";

    public bool Reviews => http.HttpContext?.User is { } user && Roles.SeesEverything(user);
}
