using System.Security.Claims;
using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>
/// Whether a bearer token still counts, and ending tokens: the presented one (logout), or all of one
/// account's (disabled, password changed). Expired rows are removed when tokens are revoked.
/// </summary>
public sealed class TokenRevocation(AuditDbContext db, TimeProvider clock)
{
    /// <summary>True while the token's row exists, unrevoked and unexpired.</summary>
    public Task<bool> IsLiveAsync(ClaimsPrincipal user, CancellationToken cancellation)
    {
        var id = user.FindFirstValue(TokenIssuer.TokenIdClaim);
        var now = Now;
        return id is null
            ? Task.FromResult(false)
            : db.AccessTokens.AnyAsync(t => t.Id == id && t.RevokedAt == null && t.ExpiresAt > now, cancellation);
    }

    /// <summary>Revokes the token the request was made with; false when it carries none.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal user, CancellationToken cancellation)
    {
        if (user.FindFirstValue(TokenIssuer.TokenIdClaim) is not { } id) return false;
        var now = Now;
        await db.AccessTokens.Where(t => t.Id == id && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellation);
        await ForgetExpiredAsync(cancellation);
        return true;
    }

    /// <summary>Revokes every token of one account.</summary>
    public async Task RevokeAllAsync(string accountId, CancellationToken cancellation)
    {
        var now = Now;
        await db.AccessTokens.Where(t => t.AccountId == accountId && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellation);
        await ForgetExpiredAsync(cancellation);
    }

    private Task ForgetExpiredAsync(CancellationToken cancellation)
    {
        var now = Now;
        return db.AccessTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellation);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
