using FiscalAudit.Web.Hosting;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace FiscalAudit.Web.Jobs;

/// <summary>
/// The job queue's storage. With PostgreSQL, Hangfire.PostgreSql (schema "hangfire"), shared by every
/// process that has the connection string; a job fetched by a worker that stops answering becomes
/// visible to the others after <see cref="WebSettings.InvisibilityTimeout"/>, and a lock it held (a row
/// in hangfire.lock, which outlives its process) is taken from it after the same time. With SQLite (one
/// machine, one process) the queue lives in memory: the documents table is what survives a restart,
/// and <see cref="Application.CheckQueue.RecoverAsync"/> queues again at start whatever still waits.
/// Measured with bench/web-500-files.sh, the in-memory queue checks 500 files about 2.5 s faster than
/// a queue kept in a second SQLite file.
/// </summary>
public static class JobStorageFactory
{
    public static JobStorage Create(WebSettings settings)
    {
        if (!settings.UsesPostgres)
        {
            // Guid ids: a job id recorded on a document before a restart never names a new job after it.
            return new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid });
        }
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = settings.QueuePollInterval,
            InvisibilityTimeout = settings.InvisibilityTimeout,
            // A live worker keeps its job hidden with a heartbeat; only a dead one's job is taken up again.
            UseSlidingInvisibilityTimeout = true,
            // A process killed while changing a job's state leaves the job's state lock behind; until the lock times
            // out no worker can start that job, though they fetch it again after the invisibility timeout (the default,
            // 10 minutes, kept a document waiting that long). Hangfire holds its locks only while it writes a state,
            // enqueues due jobs or deletes expired records, far shorter than an invisibility timeout (and two deleting at
            // once do no harm); a queue sweep that outlasts it only lets a second sweep run beside it, and a content
            // given two jobs still gets one stored result (CheckRunner stores nothing twice).
            DistributedLockTimeout = settings.InvisibilityTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.PostgresConnection!, options), options);
    }
}
