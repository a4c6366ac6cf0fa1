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
    }
}
