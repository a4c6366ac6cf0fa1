using System.Security.Claims;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>The three roles, named as users read them.</summary>
public static class Roles
{
    public const string Admin = "管理员";

    public const string Reviewer = "审核人员";

    /// <summary>Sees only its own 部门/单位's batches and documents.</summary>
    public const string Department = "部门用户";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer, Department];

    /// <summary>Who reviews: confirms attributions, reads the coverage ledger.</summary>
    public const string Reviewers = Admin + "," + Reviewer;

    /// <summary>Administrators and reviewers see every batch.</summary>
    public static bool SeesEverything(ClaimsPrincipal user) => user.IsInRole(Admin) || user.IsInRole(Reviewer);
}
