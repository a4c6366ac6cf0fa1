using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// A copy of an existing SQLite database taken before its schema is upgraded. SQLite changes some tables by rebuilding
/// them outside a transaction, so an upgrade cut short (power loss, the process killed) can leave the file half
/// changed; putting the copy back in place of the database file undoes it.
/// </summary>
public static class SqliteUpgradeBackup
{
    /// <summary>The copy's path; null when nothing is to be upgraded or the database is new (nothing to lose).</summary>
    public static async Task<string?> MakeAsync(AuditDbContext db, string dataFolder, CancellationToken cancellation = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellation)).ToList();
        if (pending.Count == 0 || !(await db.Database.GetAppliedMigrationsAsync(cancellation)).Any()) return null;
        var path = Path.Combine(dataFolder, $"{Path.GetFileNameWithoutExtension(DatabaseSetup.SqliteFileName)}-before-{pending[0]}.db");
        File.Delete(path);
        await using var source = new SqliteConnection(db.Database.GetConnectionString());
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await source.OpenAsync(cancellation);
        await copy.OpenAsync(cancellation);
        source.BackupDatabase(copy);
        return path;
    }
}
