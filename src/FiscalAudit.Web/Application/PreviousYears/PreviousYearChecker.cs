using FiscalAudit.Engine;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// Checks a document with the same unit's previous-year document (<see cref="PreviousYearDocuments"/>) so that the
/// 上年对比 rules run, and keeps that check as a <see cref="PreviousYearCheck"/>: right after the job that checked
/// a content has attributed its documents (reusing the engine's reading of that content), and — when a
/// previous-year document arrives after the later year's — once for the later year's document. A pairing made
/// from the same two contents with the same engine is never made again.
/// </summary>
public sealed class PreviousYearChecker(AuditDbContext db, Auditor auditor, TimeProvider clock)
{
    /// <param name="fresh">The engine's result for <paramref name="hash"/> when the caller just computed it, else null (read again).</param>
    public async Task PairAsync(string hash, AuditResult? fresh, CancellationToken cancellation)
    {
        var series = new PreviousYearDocuments(db);
        foreach (var document in await series.Checked().Where(d => d.Hash == hash).ToListAsync(cancellation))
        {
            if (await series.PreviousOf(document, cancellation) is { } previous) await CheckAsync(document, previous, fresh, cancellation);
            foreach (var later in await series.NextOf(document, cancellation))
            {
                if ((await series.PreviousOf(later, cancellation))?.Id == document.Id) await CheckAsync(later, document, null, cancellation);
            }
        }
    }

    /// <summary>The engine's result for a stored document, checked with its previous-year document when it was paired (the exports show the same findings as the page).</summary>
    public async Task<AuditResult> WithPreviousYearAsync(Document document, AuditResult result, CancellationToken cancellation)
    {
        var pairing = await db.PreviousYearChecks.AsNoTracking()
            .SingleOrDefaultAsync(p => p.DocumentId == document.Id && p.Hash == document.Hash && p.EngineVersion == EngineVersion.Current, cancellation);
        if (pairing is null || await ReadAsync(pairing.PreviousHash, cancellation) is not { Disclosure: { } previous }) return result;
        return auditor.CheckWith(result, previous);
    }

    private async Task CheckAsync(Document later, Document earlier, AuditResult? fresh, CancellationToken cancellation)
    {
        var existing = await db.PreviousYearChecks.SingleOrDefaultAsync(p => p.DocumentId == later.Id, cancellation);
        if (existing is not null && existing.PreviousDocumentId == earlier.Id && existing.Hash == later.Hash
            && existing.PreviousHash == earlier.Hash && existing.EngineVersion == EngineVersion.Current) return;
        if (await ReadAsync(earlier.Hash!, cancellation) is not { Disclosure: { } previous }) return;
        var current = fresh ?? await ReadAsync(later.Hash!, cancellation);
        if (current is null) return;
        var paired = auditor.CheckWith(current, previous);
        if (ReferenceEquals(paired, current)) return;
        var summary = CheckSummary.From(later.Hash!, paired, clock.GetUtcNow().UtcDateTime);
        existing ??= db.PreviousYearChecks.Add(new PreviousYearCheck { DocumentId = later.Id }).Entity;
        existing.PreviousDocumentId = earlier.Id;
        existing.Hash = later.Hash!;
        existing.PreviousHash = earlier.Hash!;
        existing.EngineVersion = EngineVersion.Current;
        existing.DocumentJson = summary.DocumentJson;
        existing.CheckedAt = summary.CheckedAt;
        later.Errors = summary.Errors;
        later.Warnings = summary.Warnings;
        later.Infos = summary.Infos;
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another worker paired the same document at the same time: its pairing stands.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<AuditResult?> ReadAsync(string hash, CancellationToken cancellation)
    {
        var stored = await db.StoredFiles.AsNoTracking().Where(f => f.Hash == hash).Select(f => new { f.Name, f.Content }).SingleOrDefaultAsync(cancellation);
        return stored is null ? null : auditor.Audit(stored.Name, stored.Content);
    }
}
