using System.Globalization;
using System.Security.Claims;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>What a login carries (cookie or token): Identity's name and roles, and the 部门/单位 of a 部门用户.</summary>
public sealed class AccountClaims(UserManager<Account> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole>(users, roles, options)
{
    public const string UnitClaim = "fiscalaudit:unit";

    /// <summary>The unit of the logged-in 部门用户; null for everyone else.</summary>
    public static long? UnitOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(UnitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var unit) ? unit : null;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrgUnitId is { } unit) identity.AddClaim(new Claim(UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
