using Microsoft.AspNetCore.Identity;

namespace FiscalAudit.Web.Storage.Entities;

/// <summary>A person who logs in (ASP.NET Core Identity's user), with the unit a 部门用户 belongs to.</summary>
public sealed class Account : IdentityUser
{
    /// <summary>The 部门/单位 of a 部门用户; null for administrators and reviewers.</summary>
    public long? OrgUnitId { get; set; }

    /// <summary>When the current run of failed logins began: failures older than the lockout window no longer count.</summary>
    public DateTime? FailedLoginsSince { get; set; }

    /// <summary>Disabled by an administrator: no login, and its tokens and cookies no longer work.</summary>
    public bool Disabled { get; set; }
}
