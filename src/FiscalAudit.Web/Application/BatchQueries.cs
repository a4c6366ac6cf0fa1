using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>Reads the batches the logged-in person may see, for the pages and the API.</summary>
public sealed class BatchQueries(AuditDbContext db, Visibility visibility, TimeProvider clock)
{
    public async Task<BatchView?> FindAsync(long id, CancellationToken cancellation)
    {
        var batch = await visibility.Batches(db.Batches).AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellation);
        if (batch is null) return null;
        // Only the columns shown, with the count of stored checks in the same query: the page polls this while a batch is checked.
        var documents = await visibility.Documents(db.Documents, db.Batches).Where(d => d.BatchId == id).OrderBy(d => d.Position)
            .Select(d => new DocumentState(d.Status, d.FinishedAt, new DocumentRow(
                d.Id, d.File, "", d.Reason, d.DuplicateOf, d.Hash == null ? 0 : db.CheckResults.Count(r => r.Hash == d.Hash),
                d.Kind, d.Level, d.Department, d.Year, d.Errors, d.Warnings, d.Infos, false, d.IsTemplate)))
            .ToListAsync(cancellation);
        var rows = documents.Select(d => Shown(d.Status, d.FinishedAt, d.Row)).ToList();
        return new BatchView(batch.Id, batch.Label, AsUtc(batch.CreatedAt), BatchStatus(documents.Select(d => d.Status).ToList()), Progress(batch, documents), rows);
    }

    public async Task<IReadOnlyList<BatchSummary>> ListAsync(CancellationToken cancellation)
    {
        var batches = await visibility.Batches(db.Batches).AsNoTracking().OrderByDescending(b => b.Id).ToListAsync(cancellation);
        var groups = await visibility.Documents(db.Documents, db.Batches).GroupBy(d => new { d.BatchId, d.Status, CheckedBefore = d.FinishedAt != null })
            .Select(g => new { g.Key.BatchId, g.Key.Status, g.Key.CheckedBefore, Count = g.Count(), Errors = g.Sum(d => d.Errors), Warnings = g.Sum(d => d.Warnings), Infos = g.Sum(d => d.Infos), Templates = g.Count(d => d.IsTemplate) })
            .ToListAsync(cancellation);
        var byBatch = groups.ToLookup(g => g.BatchId);
        return batches.Select(b =>
        {
            var own = byBatch[b.Id].ToList();
            var statuses = own.SelectMany(g => Enumerable.Repeat(g.Status, g.Count)).ToList();
            // Only checked documents count: one queued or running again shows no result until its new one is stored.
            var counted = own.Where(g => g.Status.IsFinished()).ToList();
            var rechecking = own.Where(g => PendingResult.IsRechecking(g.Status, g.CheckedBefore)).Sum(g => g.Count);
            return new BatchSummary(b.Id, b.Label, AsUtc(b.CreatedAt), BatchStatus(statuses), statuses.Count, statuses.Count(s => s.IsFinished()), rechecking,
                counted.Sum(g => g.Errors), counted.Sum(g => g.Warnings), counted.Sum(g => g.Infos), counted.Sum(g => g.Templates));
        }).ToList();
    }

    /// <summary>The row as shown: its status name, and no counts while it has no current result (a recheck's earlier ones are not it).</summary>
    private static DocumentRow Shown(DocumentStatus status, DateTime? finishedAt, DocumentRow row)
    {
        var counted = status is DocumentStatus.Done or DocumentStatus.Failed;
        return row with
        {
            Status = StatusNames.ToName(status),
            Errors = counted ? row.Errors : null,
            Warnings = counted ? row.Warnings : null,
            Infos = counted ? row.Infos : null,
            Rechecking = PendingResult.IsRechecking(status, finishedAt is not null),
            Template = counted && row.Template,
        };
    }

    /// <summary>done when nothing waits; running once a check started or finished; else queued.</summary>
    private static string BatchStatus(IReadOnlyCollection<DocumentStatus> statuses)
    {
        if (statuses.All(s => s.IsFinished())) return "done";
        return statuses.Any(s => s is DocumentStatus.Running or DocumentStatus.Done or DocumentStatus.Failed) ? "running" : "queued";
    }

    /// <summary>
    /// Time left: the checks finished since the upload, at their pace, over those still waiting; none while documents are checked
    /// again (the pace of the upload's checks, maybe days ago, says nothing of when they were sent again).
    /// </summary>
    private BatchProgress Progress(Batch batch, IReadOnlyList<DocumentState> documents)
    {
        int Count(DocumentStatus s) => documents.Count(d => d.Status == s);
        var waiting = Count(DocumentStatus.Queued) + Count(DocumentStatus.Running);
        var created = AsUtc(batch.CreatedAt);
        var checkedHere = documents.Count(d => d.FinishedAt is DateTime f && AsUtc(f) >= created);
        var rechecking = documents.Any(d => PendingResult.IsRechecking(d.Status, d.FinishedAt is not null));
        int? secondsLeft = waiting == 0 ? 0 : null;
        if (waiting > 0 && checkedHere > 0 && !rechecking)
        {
            var elapsed = clock.GetUtcNow().UtcDateTime - created;
            secondsLeft = (int)Math.Ceiling(elapsed.TotalSeconds / checkedHere * waiting);
        }
        return new BatchProgress(documents.Count, Count(DocumentStatus.Queued), Count(DocumentStatus.Running), Count(DocumentStatus.Done),
            Count(DocumentStatus.Failed), Count(DocumentStatus.Rejected), secondsLeft);
    }

    /// <summary>What the batch's status and progress are computed from, with the row shown (its status name set after the query).</summary>
    private sealed record DocumentState(DocumentStatus Status, DateTime? FinishedAt, DocumentRow Row);

    /// <summary>Times are stored in UTC; SQLite gives them back without the kind.</summary>
    private static DateTime AsUtc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
