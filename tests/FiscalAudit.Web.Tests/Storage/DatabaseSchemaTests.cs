using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Storage;

/// <summary>One model and one set of migrations: the schema is created at first start on both databases and matches the model.</summary>
public sealed class DatabaseSchemaTests
{
    [Fact]
    public async Task Sqlite_database_is_created_in_the_data_folder_and_matches_the_model()
    {
        await using var store = TestStore.Sqlite();
        await MigratedSchemaMatchesModel(store);
        Assert.True(File.Exists(Path.Combine(store.DataFolder, DatabaseSetup.SqliteFileName)));
    }

    [PostgresFact]
    public async Task Postgres_database_is_migrated_and_matches_the_model()
    {
        await using var store = await TestStore.PostgresAsync();
        await MigratedSchemaMatchesModel(store);
    }

    private static async Task MigratedSchemaMatchesModel(TestStore store)
    {
        await using var app = new WebAppFactory(store);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the migrations' snapshot on " + db.Database.ProviderName);

        var content = new byte[300_000];
        Random.Shared.NextBytes(content);
        db.StoredFiles.Add(new StoredFile { Hash = new string('a', 64), Name = "a.txt", Length = content.Length, Content = content, StoredAt = DateTime.UtcNow });
        db.Batches.Add(new Batch { CreatedAt = DateTime.UtcNow, Documents = { new Document { File = "甲.pdf", Status = DocumentStatus.Queued } } });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        Assert.Equal(content, (await db.StoredFiles.SingleAsync()).Content);
        var document = await db.Documents.SingleAsync(d => d.Status == DocumentStatus.Queued);
        Assert.Equal("甲.pdf", document.File);

        // The organisation tree: a 单位 under its 部门, aliases, and a document attributed to it.
        var department = new OrgUnit { Code = "P01", Name = "上海市普陀区财政局", Aliases = "区财政局\n普陀财政" };
        db.OrgUnits.Add(department);
        await db.SaveChangesAsync();
        var unit = new OrgUnit { Code = "P0101", Name = "上海市普陀区财政局机关", ParentId = department.Id };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        document.OrgUnitId = unit.Id;
        document.Attribution = "confirmed";
        document.AttributionReason = "由 admin 确认归属“上海市普陀区财政局机关”。";
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var stored = await db.Documents.SingleAsync(d => d.OrgUnitId == unit.Id);
        Assert.Equal(("confirmed", "由 admin 确认归属“上海市普陀区财政局机关”。"), (stored.Attribution, stored.AttributionReason));
        Assert.Equal((department.Id, ""), await db.OrgUnits.Where(u => u.Code == "P0101").Select(u => new ValueTuple<long?, string>(u.ParentId, u.Aliases)).SingleAsync());
        Assert.Equal("区财政局\n普陀财政", (await db.OrgUnits.SingleAsync(u => u.Code == "P01")).Aliases);
    }
}
