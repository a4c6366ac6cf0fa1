using System.Security.Cryptography;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Application.Review;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Turns the files of one upload into a batch: stores each content once (by SHA-256), lists refused
/// files with their reason, links a file uploaded before to its first upload and its stored result,
/// and queues one check per content not yet checked — a new content as soon as its bytes are stored,
/// so that checking overlaps the rest of the upload — and the pairing of an already checked content's new documents.
/// </summary>
public sealed class BatchIntake(AuditDbContext db, CheckQueue queue, ICheckScheduler scheduler, ReviewHistory history, TimeProvider clock, UploadHandoff handoff)
{
    /// <summary>Checks queued during this upload, by content hash.</summary>
    private readonly Dictionary<string, string> started = new(StringComparer.Ordinal);

    /// <summary>
    /// The new batch's id (for <paramref name="unit"/>: uploaded by that 部门/单位's user); null when the upload held no file.
    /// <paramref name="prepare"/> completes each document before it is stored (a corrected version's line and unit).
    /// </summary>
    public async Task<long?> CreateAsync(IAsyncEnumerable<IncomingFile> files, string? label, long? unit, CancellationToken cancellation, Action<Document>? prepare = null)
    {
        var batch = new Batch { Label = label, CreatedAt = clock.GetUtcNow().UtcDateTime, OrgUnitId = unit };
        await foreach (var file in files.WithCancellation(cancellation))
        {
            var document = await Admit(file, batch.Documents.Count, cancellation);
            prepare?.Invoke(document);
            batch.Documents.Add(document);
        }
        if (batch.Documents.Count == 0) return null;

        var hashes = batch.Documents.Select(d => d.Hash).OfType<string>().Distinct().ToList();
        var results = await db.CheckResults.AsNoTracking()
            .Where(r => hashes.Contains(r.Hash) && r.EngineVersion == EngineVersion.Current)
            .ToDictionaryAsync(r => r.Hash, cancellation);
        var earlier = await db.Documents
            .Where(d => d.Hash != null && hashes.Contains(d.Hash) && d.Status != DocumentStatus.Rejected)
            .GroupBy(d => d.Hash!).Select(g => new { Hash = g.Key, First = g.Min(d => d.Id) })
            .ToDictionaryAsync(g => g.Hash, g => g.First, cancellation);
        var units = await UnitMatcher.LoadAsync(db, cancellation);
        foreach (var document in batch.Documents.Where(d => d.Hash is not null))
            if (results.TryGetValue(document.Hash!, out var result)) CheckSummary.Apply(result, document, units);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            db.Batches.Add(batch);
            await db.SaveChangesAsync(cancellation);
            LinkDuplicates(batch.Documents, earlier);
            RecordUploads(batch);
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
        }
        await queue.EnsureQueuedAsync(hashes.Where(h => !results.ContainsKey(h)), cancellation, started);
        // A content checked before needs no check, but its new documents of a unit still pair with the unit's other years and budgets.
        Attributions.QueuePairing(scheduler, batch.Documents.Where(d => d.Hash is not null && results.ContainsKey(d.Hash)));
        return batch.Id;
    }

    private async Task<Document> Admit(IncomingFile file, int position, CancellationToken cancellation)
    {
        var document = new Document { File = file.Name, Position = position, Length = file.Length };
        if (file.Content is null)
        {
            document.Status = DocumentStatus.Rejected;
            document.Reason = file.Refusal;
            return document;
        }
        document.Hash = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        document.Status = DocumentStatus.Queued;
        await Store(document.Hash, file.Name, file.Content, cancellation);
        return document;
    }

    /// <summary>
    /// Keeps the bytes once per content; saved at once so an upload of many files never holds them all.
    /// A content seen for the first time is queued for its check right away, its bytes handed to that check.
    /// </summary>
    private async Task Store(string hash, string name, byte[] content, CancellationToken cancellation)
    {
        if (await db.StoredFiles.AnyAsync(f => f.Hash == hash, cancellation)) return;
        var stored = new StoredFile { Hash = hash, Name = name, Length = content.Length, Content = content, StoredAt = clock.GetUtcNow().UtcDateTime };
        db.StoredFiles.Add(stored);
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // The same bytes may have arrived in another upload at the same moment; anything else is a real failure.
            db.Entry(stored).State = EntityState.Detached;
            if (!await db.StoredFiles.AnyAsync(f => f.Hash == hash, cancellation)) throw;
        }
        db.Entry(stored).State = EntityState.Detached;
        handoff.Offer(hash, name, content);
        started.TryAdd(hash, scheduler.Enqueue(hash));
    }

    /// <summary>Starts the history of each new document (a corrected version records its own entry).</summary>
    private void RecordUploads(Batch batch)
    {
        foreach (var document in batch.Documents.Where(d => d.Status != DocumentStatus.Rejected && d.VersionOf is null))
            history.Record(document, ReviewActions.Upload, $"上传文件（批次 {batch.Id}）：{document.File}");
    }

    /// <summary>Points each document at the first upload of the same bytes: an earlier batch's, else the first in this one.</summary>
    private static void LinkDuplicates(IEnumerable<Document> documents, IReadOnlyDictionary<string, long> earlier)
    {
        var first = new Dictionary<string, long>(earlier);
        foreach (var document in documents.Where(d => d.Hash is not null).OrderBy(d => d.Id))
        {
            if (first.TryGetValue(document.Hash!, out var original)) document.DuplicateOf = original;
            else first[document.Hash!] = document.Id;
        }
    }
}
