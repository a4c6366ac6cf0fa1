using FiscalAudit.Engine;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FiscalAudit.Web.Tests.Storage;

/// <summary>
/// A database filled before the blank-template flag: the upgrade marks the results whose stored JSON says the document is a
/// blank template, and every document (each upload) of those contents; a filled document, and one still waiting for its
/// check, stay unmarked.
/// </summary>
public sealed class TemplateFlagUpgradeTests
{
    /// <summary>The last migration before the flag.</summary>
    private const string BeforeTemplateFlag = "20261203143638_SetParts";

    [Fact]
    public async Task Sqlite_blank_templates_checked_before_the_flag_are_marked() => await TemplatesMarked(TestStore.Sqlite());

    [PostgresFact]
    public async Task Postgres_blank_templates_checked_before_the_flag_are_marked() => await TemplatesMarked(await TestStore.PostgresAsync());

    private static async Task TemplatesMarked(TestStore store)
    {
        await using var _ = store;
        await using var db = store.Open();
        await db.GetService<IMigrator>().MigrateAsync(BeforeTemplateFlag);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Batches\" (\"CreatedAt\") VALUES ({0})", new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc));
        var auditor = new Auditor();
        var (blank, withNarrative, filled, waiting) = (new string('a', 64), new string('b', 64), new string('c', 64), new string('d', 64));
        await InsertResultAsync(db, blank, auditor.Audit("空白模板.txt", BlankTemplates.TablesOnly()));
        await InsertResultAsync(db, withNarrative, auditor.Audit("带说明的空白模板.txt", BlankTemplates.WithNarrative()));
        await InsertResultAsync(db, filled, auditor.Audit("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
        var documents = new Dictionary<string, long>
        {
            ["空白模板.txt"] = await InsertDocumentAsync(db, "空白模板.txt", blank, "done"),
            ["空白模板（再次上传）.txt"] = await InsertDocumentAsync(db, "空白模板（再次上传）.txt", blank, "done"),
            ["带说明的空白模板.txt"] = await InsertDocumentAsync(db, "带说明的空白模板.txt", withNarrative, "done"),
            ["示例.txt"] = await InsertDocumentAsync(db, "示例.txt", filled, "done"),
            ["排队.txt"] = await InsertDocumentAsync(db, "排队.txt", waiting, "queued"),
        };

        await db.Database.MigrateAsync();

        var marked = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.IsTemplate);
        Assert.Equal(
            [("空白模板.txt", true), ("空白模板（再次上传）.txt", true), ("带说明的空白模板.txt", true), ("示例.txt", false), ("排队.txt", false)],
            documents.Select(d => (d.Key, marked[d.Value])));
        var results = await db.CheckResults.AsNoTracking().ToDictionaryAsync(r => r.Hash, r => r.IsTemplate);
        Assert.Equal([true, true, false], new[] { blank, withNarrative, filled }.Select(h => results[h]));
    }

    /// <summary>A result as the engine stored it before the flag (its JSON as the check writes it), written as SQL (the schema is older than the model).</summary>
    private static Task InsertResultAsync(AuditDbContext db, string hash, AuditResult result) =>
        db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"CheckResults\" (\"Hash\", \"EngineVersion\", \"DocumentJson\", \"Kind\", \"Errors\", \"Warnings\", \"Infos\", \"CheckedAt\") " +
            "VALUES ({0}, {1}, {2}, {3}, 0, 0, 0, {4})",
            hash, EarlierEngine.Version, DocumentJson.Write(result), "final_accounts", new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc));

    private static async Task<long> InsertDocumentAsync(AuditDbContext db, string file, string hash, string status)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Documents\" (\"BatchId\", \"Position\", \"File\", \"Hash\", \"Length\", \"Status\", \"Errors\", \"Warnings\", \"Infos\", \"ReviewState\", \"Version\") " +
            "VALUES ((SELECT MIN(\"Id\") FROM \"Batches\"), 0, {0}, {1}, 0, {2}, 0, 0, 0, 'pending', 1)", file, hash, status);
        return await db.Database.SqlQueryRaw<long>("SELECT MAX(\"Id\") AS \"Value\" FROM \"Documents\"").SingleAsync();
    }
}
