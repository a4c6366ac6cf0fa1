using System.Security.Claims;
using System.Security.Cryptography;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>
/// The bearer token of POST /api/auth/token: the same claims as the login cookie plus the id of its
/// <see cref="AccessToken"/> row (which <see cref="TokenRevocation"/> checks on every request), protected
/// by the bearer scheme's data protection (keys in the database), valid for the scheme's token lifetime.
/// </summary>
public sealed class TokenIssuer(AuditDbContext db, IUserClaimsPrincipalFactory<Account> claims, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public const string Scheme = "FiscalAudit.Token";

    public const string TokenIdClaim = "fiscalaudit:token";

    public async Task<(string Token, DateTimeOffset Expires)> IssueAsync(Account account)
    {
        var bearer = options.Get(Scheme);
        var now = clock.GetUtcNow();
        var expires = now + bearer.BearerTokenExpiration;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.AccessTokens.Add(new AccessToken { Id = id, AccountId = account.Id, IssuedAt = now.UtcDateTime, ExpiresAt = expires.UtcDateTime });
        await db.SaveChangesAsync();
        var principal = await claims.CreateAsync(account);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(TokenIdClaim, id));
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, Scheme);
        return (bearer.BearerTokenProtector.Protect(ticket), expires);
    }
}
