using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// Every SQLite connection writes ahead (WAL: readers never wait for a writer, a commit is one append)
/// and syncs to disk at checkpoints rather than at every commit — safe against a crash of the process,
/// which is what a restart must survive.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
