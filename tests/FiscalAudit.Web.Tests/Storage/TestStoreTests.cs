using FiscalAudit.Web.Tests.Support;
using Npgsql;

namespace FiscalAudit.Web.Tests.Storage;

/// <summary>
/// A PostgreSQL test's database is dropped afterwards even while a session of the test's role is still in it (an app
/// not yet stopped). The drop ends only that role's sessions: processes of no role — an autovacuum worker visiting a
/// new database — are left to the plain DROP DATABASE, which sends them away (DROP … WITH (FORCE) failed with 42501).
/// </summary>
public sealed class TestStoreTests
{
    [PostgresFact]
    public async Task Postgres_test_database_is_dropped_with_a_session_still_open()
    {
        var store = await TestStore.PostgresAsync();
        var name = new NpgsqlConnectionStringBuilder(store.Postgres).Database!;
        await using var open = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Postgres) { Pooling = false }.ConnectionString);
        await open.OpenAsync();
        Assert.Equal(1, await CountAsync(name));

        await store.DisposeAsync();

        Assert.Equal(0, await CountAsync(name));
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var command = new NpgsqlCommand("SELECT 1", open);
            await command.ExecuteScalarAsync();
        });
    }

    private static async Task<long> CountAsync(string database)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
