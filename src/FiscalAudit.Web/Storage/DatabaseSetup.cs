using FiscalAudit.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FiscalAudit.Web.Storage;

/// <summary>Chooses the database: PostgreSQL when a connection string is configured, else a SQLite file in the data folder.</summary>
public static class DatabaseSetup
{
    public const string SqliteFileName = "fiscalaudit.db";

    private static readonly SqliteTuning Tuning = new();

    public static void Configure(DbContextOptionsBuilder options, WebSettings settings)
    {
        if (settings.UsesPostgres) options.UseNpgsql(settings.PostgresConnection);
        else
            options.UseSqlite($"Data Source={Path.Combine(settings.DataFolder, SqliteFileName)}").AddInterceptors(Tuning)
                // Table rebuilds run outside a transaction on SQLite: the database is copied before an upgrade instead (UpgradeAsync).
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
    }

    /// <summary>Creates the data folder and brings the schema up to date (first start included).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        var settings = services.GetRequiredService<WebSettings>();
        Directory.CreateDirectory(settings.DataFolder);
        await using var scope = services.CreateAsyncScope();
        await UpgradeAsync(scope.ServiceProvider.GetRequiredService<AuditDbContext>(), settings, Console.Out);
    }

    /// <summary>Applies the pending migrations; an existing SQLite database is copied first and the copy named on the log.</summary>
    public static async Task UpgradeAsync(AuditDbContext db, WebSettings settings, TextWriter log)
    {
        if (!settings.UsesPostgres && await SqliteUpgradeBackup.MakeAsync(db, settings.DataFolder) is { } copy)
            await log.WriteLineAsync($"数据库结构需要升级，升级前的数据库已备份为 {copy}。升级完成后可删除该备份；若升级中途断电或被中止，请停止程序，用该备份替换 {SqliteFileName} 后重新启动。");
        await db.Database.MigrateAsync();
    }
}
