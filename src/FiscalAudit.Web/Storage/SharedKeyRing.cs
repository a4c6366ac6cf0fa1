using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// Gives a fresh store its first data-protection key before the application serves anything, one process at a time: web
/// processes started together on a new PostgreSQL database would otherwise each make a key of their own when they first
/// protect something, and until one re-reads the other's (after its first two minutes, once a day) a login cookie or a
/// page's notice (TempData) made by one is silently refused by the other. With the key in place every process reads it.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>The PostgreSQL advisory lock held while the first key is looked for and made (any number unique to this use).</summary>
    private const long FirstKeyLock = 0x46_41_4B_45_59;

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var keys = services.GetRequiredService<IKeyManager>();
        // SQLite is used by one web process only: nothing to wait for.
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync() : null;
        if (transaction is not null) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({FirstKeyLock})");
        var now = DateTimeOffset.UtcNow;
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
            keys.CreateNewKey(now, now + services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.NewKeyLifetime);
        if (transaction is not null) await transaction.CommitAsync();
    }
}
