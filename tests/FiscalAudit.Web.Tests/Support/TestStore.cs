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
        if (adminConnection is not null && database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A worker process may still hold a file for a moment; the temporary folder is left behind.
        }
    }
}
