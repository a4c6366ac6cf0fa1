using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// A fresh place for one test's data: a temporary data folder, and for PostgreSQL a new database
/// created on the server named by FISCALAUDIT_TEST_PG and dropped afterwards.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? adminConnection;
    private readonly string? database;

    private TestStore(string? adminConnection, string? database, string? postgres)
    {
        this.adminConnection = adminConnection;
        this.database = database;
        Postgres = postgres;
        DataFolder = Directory.CreateTempSubdirectory("fiscalaudit-web-").FullName;
    }

    public string DataFolder { get; }

    /// <summary>The connection string of this test's own database; null on SQLite.</summary>
    public string? Postgres { get; }

    public static TestStore Sqlite() => new(null, null, null);

    /// <summary>A database context on this store, as the application configures it (the schema is whatever is there).</summary>
    public AuditDbContext Open()
    {
        Directory.CreateDirectory(DataFolder);
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        DatabaseSetup.Configure(options, new WebSettings { DataFolder = DataFolder, PostgresConnection = Postgres });
        return new AuditDbContext(options.Options);
    }

    public static async Task<TestStore> PostgresAsync()
    {
        var admin = PostgresFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set: a PostgreSQL test cannot run.");
        var name = "fa_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var own = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestStore(admin, name, own);
    }

    public async ValueTask DisposeAsync()
    {
        if (adminConnection is not null && database is not null) await DropAsync(adminConnection, database);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A worker process may still hold a file for a moment; the temporary folder is left behind.
        }
    }

    /// <summary>
    /// Ends this test's own sessions on the database (its role's), then drops it. Not DROP … WITH (FORCE): that also
    /// terminates processes of other roles and fails with 42501 (“must be a member of the role whose process is being
    /// terminated”) while an autovacuum worker — a process with no role — is visiting the new database; a plain DROP
    /// sends such a worker away and waits for it and for the ended sessions (up to 5 s). A session that is still there
    /// (a stopping app reconnecting) is ended again.
    /// </summary>
    private static async Task DropAsync(string adminConnection, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            await using (var end = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = @database AND usename = current_user AND pid <> pg_backend_pid()", connection))
            {
                end.Parameters.AddWithValue("database", database);
                await end.ExecuteNonQueryAsync();
            }
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database}", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
