using FiscalAudit.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Storage;

/// <summary>Chooses the database: PostgreSQL when a connection string is configured, else a SQLite file in the data folder.</summary>
public static class DatabaseSetup
{
    public const string SqliteFileName = "fiscalaudit.db";

    private static readonly SqliteTuning Tuning = new();

    public static void Configure(DbContextOptionsBuilder options, WebSettings settings)
    {
        if (settings.UsesPostgres) options.UseNpgsql(settings.PostgresConnection);
        else options.UseSqlite($"Data Source={Path.Combine(settings.DataFolder, SqliteFileName)}").AddInterceptors(Tuning);
    }

    /// <summary>Creates the data folder and brings the schema up to date (first start included).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        Directory.CreateDirectory(services.GetRequiredService<WebSettings>().DataFolder);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
    }
}
