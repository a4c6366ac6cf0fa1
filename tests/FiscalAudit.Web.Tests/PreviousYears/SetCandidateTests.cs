using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using FiscalAudit.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.PreviousYears;

/// <summary>
/// The other file of a document published as two (docs/sets.md) is looked for only among the documents that can be it:
/// a narrative part's candidates are tables parts (and documents checked before parts were recorded), never another
/// copy of a narrative nor a whole document — each candidate is read again by the engine, so a batch of many copies of
/// one part used to read them all against each other. A whole document has no candidates. When a part is checked, the
/// other part's files are paired again only if it is the latest of its part (they pair with the latest).
/// </summary>
public sealed class SetCandidateTests
{
    [Fact]
    public Task Candidates_are_the_other_part_on_sqlite() => Run(TestStore.Sqlite());

    [PostgresFact]
    public async Task Candidates_are_the_other_part_on_postgres() => await Run(await TestStore.PostgresAsync());

    private static async Task Run(TestStore store)
    {
        await using var _ = store;
        await using var app = new WebAppFactory(store);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var parts = new[] { "narrative", "narrative", "tables", "whole", null, "tables" };
        var batch = new Batch { CreatedAt = DateTime.UtcNow };
        for (var i = 0; i < parts.Length; i++)
        {
            batch.Documents.Add(new Document
            {
                File = $"{i}.pdf", Position = i, Hash = new string((char)('a' + i), 64), Status = DocumentStatus.Done,
                Kind = "budget", Year = 2017, Department = "江苏省政协办公厅", SetPart = parts[i],
            });
        }
        db.Batches.Add(batch);
        await db.SaveChangesAsync();
        var documents = batch.Documents.OrderBy(d => d.Position).ToList();
        var counterparts = new PreviousYearDocuments(db);

        async Task<int[]> CandidatesOf(int position) =>
            [.. (await counterparts.SetCandidates(documents[position], CancellationToken.None)).Select(d => d.Position)];
        async Task<int[]> PairedAgainWith(int position) =>
            [.. (await counterparts.CounterpartsFor(documents[position], inSets: true, CancellationToken.None)).Select(d => d.Position)];

        Assert.Equal(new[] { 5, 4, 2 }, await CandidatesOf(0)); // the tables parts and the one not known, the latest first
        Assert.Equal(new[] { 4, 1, 0 }, await CandidatesOf(2));
        Assert.Empty(await CandidatesOf(3));
        Assert.Equal(new[] { 5, 3, 2, 1, 0 }, await CandidatesOf(4)); // not known: every other file of the department's year, as before

        Assert.Empty(await PairedAgainWith(0)); // narrative 1 is later: the tables pair with it
        Assert.Equal(new[] { 5, 4, 2 }, await PairedAgainWith(1));
        Assert.Empty(await PairedAgainWith(2));
        Assert.Equal(new[] { 4, 1, 0 }, await PairedAgainWith(5));
    }
}
