namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A bearer token issued by POST /api/auth/token, by its id (carried inside the token): a token is
/// accepted only while its row is here, unrevoked and unexpired — so logging out, disabling the account
/// or changing its password ends it at once, on every process of the database.
/// </summary>
public sealed class AccessToken
{
    /// <summary>Random, 32 hex digits.</summary>
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When it was revoked (logout, account disabled, password changed); null while valid.</summary>
    public DateTime? RevokedAt { get; set; }
}
