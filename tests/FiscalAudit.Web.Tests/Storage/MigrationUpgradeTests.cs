using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FiscalAudit.Web.Tests.Storage;

/// <summary>
/// A database made by an earlier version keeps its data when a later one starts: stored bytes get the name of their
/// first upload; corrected versions that got the same number (uploaded at the same moment) are numbered again.
/// </summary>
public sealed class MigrationUpgradeTests
{
    private const string FirstMigration = "20261202062527_Initial";

    /// <summary>The last migration before version numbers were unique.</summary>
    private const string BeforeUniqueVersions = "20261202150516_PreviousYear";

    [Fact]
    public async Task Sqlite_database_of_the_first_version_is_upgraded_with_its_data() => await UpgradeKeepsData(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_database_of_the_first_version_is_upgraded_with_its_data() => await UpgradeKeepsData(await TestStore.PostgresAsync());

    [Fact]
    public async Task Sqlite_duplicate_version_numbers_are_numbered_again() => await DuplicateVersionsRenumbered(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_duplicate_version_numbers_are_numbered_again() => await DuplicateVersionsRenumbered(await TestStore.PostgresAsync());

    /// <summary>
    /// An existing SQLite database is copied before its upgrade (SQLite rebuilds tables outside a transaction): the copy
    /// holds the old schema and the data, the log names it; a new database is not copied.
    /// </summary>
    [Fact]
    public async Task Sqlite_database_is_copied_before_an_upgrade()
    {
        await using var store = TestStore.Sqlite();
        var settings = new WebSettings { DataFolder = store.DataFolder };
        await using (var db = store.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(FirstMigration);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Batches\" (\"CreatedAt\") VALUES ({0})", new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc));
            var log = new StringWriter();
            await DatabaseSetup.UpgradeAsync(db, settings, log);

            var copy = Path.Combine(store.DataFolder, "fiscalaudit-before-20261202085845_StoredFileName.db");
            Assert.Contains($"已备份为 {copy}", log.ToString());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var old = new DbContextOptionsBuilder<AuditDbContext>().UseSqlite($"Data Source={copy};Pooling=False").Options;
            await using var before = new AuditDbContext(old);
            Assert.Equal([FirstMigration], await before.Database.GetAppliedMigrationsAsync());
            Assert.Equal(1, await before.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"Batches\"").SingleAsync());
        }

        await using var fresh = TestStore.Sqlite();
        await using var created = fresh.Open();
        var quiet = new StringWriter();
        await DatabaseSetup.UpgradeAsync(created, new WebSettings { DataFolder = fresh.DataFolder }, quiet);
        Assert.Equal("", quiet.ToString());
        Assert.Equal([DatabaseSetup.SqliteFileName], Directory.GetFiles(fresh.DataFolder).Select(Path.GetFileName).Where(f => f!.EndsWith(".db")));
    }

    private static async Task UpgradeKeepsData(TestStore store)
    {
        await using var _ = store;
        await using var db = store.Open();
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

    /// <summary>
    /// Line A has two 第 2 版 (the race) and a 第 3 版: numbered again in upload order, 2, 3, 4. Line B has no duplicate and
    /// keeps its numbers. Afterwards the database refuses a second row with a number a line already has.
    /// </summary>
    private static async Task DuplicateVersionsRenumbered(TestStore store)
    {
        await using var _ = store;
        await using var db = store.Open();
        await db.GetService<IMigrator>().MigrateAsync(BeforeUniqueVersions);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Batches\" (\"CreatedAt\") VALUES ({0})", new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc));
        var lineA = await InsertDocumentAsync(db, "甲.pdf", null, 1);
        var lineB = await InsertDocumentAsync(db, "乙.pdf", null, 1);
        var a = new List<long>();
        foreach (var version in new[] { 2, 2, 3 }) a.Add(await InsertDocumentAsync(db, "甲（整改）.pdf", lineA, version));
        var b = new List<long>();
        foreach (var version in new[] { 2, 3 }) b.Add(await InsertDocumentAsync(db, "乙（整改）.pdf", lineB, version));

        await db.Database.MigrateAsync();

        var versions = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Version);
        Assert.Equal([1, 2, 3, 4], new[] { lineA }.Concat(a).Select(id => versions[id]));
        Assert.Equal([1, 2, 3], new[] { lineB }.Concat(b).Select(id => versions[id]));
        var batch = await db.Batches.Select(x => x.Id).SingleAsync();
        db.Documents.Add(new Document { BatchId = batch, File = "甲（再次整改）.pdf", Status = DocumentStatus.Queued, VersionOf = lineA, Version = 4 });
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(UniqueViolation.Caused(duplicate), duplicate.ToString());
    }

    /// <summary>A document row of the first batch, written as SQL (the schema may be older than the model); its id.</summary>
    private static async Task<long> InsertDocumentAsync(AuditDbContext db, string file, long? versionOf, int version)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Documents\" (\"BatchId\", \"Position\", \"File\", \"Length\", \"Status\", \"Errors\", \"Warnings\", \"Infos\", \"ReviewState\", \"Version\") " +
            "VALUES ((SELECT MIN(\"Id\") FROM \"Batches\"), 0, {0}, 0, 'done', 0, 0, 0, 'pending', {1})", file, version);
        var id = await db.Database.SqlQueryRaw<long>("SELECT MAX(\"Id\") AS \"Value\" FROM \"Documents\"").SingleAsync();
        if (versionOf is { } line) await db.Database.ExecuteSqlRawAsync("UPDATE \"Documents\" SET \"VersionOf\" = {0} WHERE \"Id\" = {1}", line, id);
        return id;
    }
}
