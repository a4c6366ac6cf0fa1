using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FiscalAudit.Web.Tests.Storage;

/// <summary>A database made by an earlier version keeps its data when a later one starts: stored bytes get the name of their first upload.</summary>
public sealed class MigrationUpgradeTests
{
    private const string FirstMigration = "20261202062527_Initial";

    [Fact]
    public async Task Sqlite_database_of_the_first_version_is_upgraded_with_its_data() => await UpgradeKeepsData(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_database_of_the_first_version_is_upgraded_with_its_data() => await UpgradeKeepsData(await TestStore.PostgresAsync());

    private static async Task UpgradeKeepsData(TestStore store)
    {
        await using var _ = store;
        Directory.CreateDirectory(store.DataFolder);
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        DatabaseSetup.Configure(options, new WebSettings { DataFolder = store.DataFolder, PostgresConnection = store.Postgres });
        await using var db = new AuditDbContext(options.Options);
        await db.GetService<IMigrator>().MigrateAsync(FirstMigration);

        var hash = new string('b', 64);
        var now = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"StoredFiles\" (\"Hash\", \"Length\", \"Content\", \"StoredAt\") VALUES ({0}, 3, {1}, {2})", hash, new byte[] { 1, 2, 3 }, now);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Batches\" (\"CreatedAt\") VALUES ({0})", now);
        foreach (var (position, file) in new[] { (0, "乙局2024年度部门决算.pdf"), (1, "副本.pdf") })
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Documents\" (\"BatchId\", \"Position\", \"File\", \"Hash\", \"Length\", \"Status\", \"Errors\", \"Warnings\", \"Infos\") " +
                "VALUES ((SELECT MIN(\"Id\") FROM \"Batches\"), {0}, {1}, {2}, 3, 'queued', 0, 0, 0)", position, file, hash);
        }

        await db.Database.MigrateAsync();

        var stored = await db.StoredFiles.AsNoTracking().SingleAsync();
        Assert.Equal("乙局2024年度部门决算.pdf", stored.Name);
        Assert.Equal(new byte[] { 1, 2, 3 }, stored.Content);
        Assert.Equal(2, await db.Documents.CountAsync());
    }
}
