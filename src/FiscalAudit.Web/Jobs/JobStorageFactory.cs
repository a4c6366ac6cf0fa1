using FiscalAudit.Web.Hosting;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace FiscalAudit.Web.Jobs;

/// <summary>
/// The job queue's storage beside the application's data: Hangfire.PostgreSql (schema "hangfire")
/// when PostgreSQL is configured, else a SQLite file in the data folder. A job fetched by a worker
/// that stops answering becomes visible to the others after <see cref="WebSettings.InvisibilityTimeout"/>.
/// </summary>
public static class JobStorageFactory
{
    public const string SqliteFileName = "jobs.db";

    public static JobStorage Create(WebSettings settings)
    {
        if (settings.UsesPostgres)
        {
            var options = new PostgreSqlStorageOptions
            {
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = settings.QueuePollInterval,
                InvisibilityTimeout = settings.InvisibilityTimeout,
                // A live worker keeps its job hidden with a heartbeat; only a dead one's job is taken up again.
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.PostgresConnection!, options), options);
        }
        Directory.CreateDirectory(settings.DataFolder);
        return new SQLiteStorage(Path.Combine(settings.DataFolder, SqliteFileName), new SQLiteStorageOptions
        {
            QueuePollInterval = settings.QueuePollInterval,
            InvisibilityTimeout = settings.InvisibilityTimeout,
        });
    }
}
