using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Application.Accounts;

/// <summary>
/// The bearer token of POST /api/auth/token: the same claims as the login cookie, protected by the
/// bearer scheme's data protection (keys in the database), valid for the scheme's token lifetime.
/// </summary>
public sealed class TokenIssuer(IUserClaimsPrincipalFactory<Account> claims, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public const string Scheme = "FiscalAudit.Token";

    public async Task<(string Token, DateTimeOffset Expires)> IssueAsync(Account account)
    {
        var bearer = options.Get(Scheme);
        var now = clock.GetUtcNow();
        var expires = now + bearer.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(await claims.CreateAsync(account), new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, Scheme);
        return (bearer.BearerTokenProtector.Protect(ticket), expires);
    }
}
