using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// Checks a document with its counterparts among the same unit's documents (<see cref="PreviousYearDocuments"/>) —
/// the previous-year document, so that the 上年对比 rules run, and for a 部门决算 the same year's budget, so that the
/// 预决算对照 rules run — and with the other file of its document set (narrative and tables published as two files,
/// <see cref="DocumentSets"/>), so that the statements are checked against the tables — and keeps that check as a <see cref="PreviousYearCheck"/>: right after the job that checked
/// a content has attributed its documents (reusing the engine's reading of that content), and — when a counterpart
/// arrives after the document — once more for the document. A pairing made from the same contents with the same
/// engine is never made again.
/// </summary>
public sealed class PreviousYearChecker(AuditDbContext db, Auditor auditor, TimeProvider clock, RecentReadings recent)
{
    /// <param name="fresh">The engine's result for <paramref name="hash"/> when the caller just computed it, else null (read again).</param>
    public async Task PairAsync(string hash, AuditResult? fresh, CancellationToken cancellation)
    {
        var counterparts = new PreviousYearDocuments(db);
        foreach (var document in await counterparts.Finished().Where(d => d.Hash == hash).ToListAsync(cancellation))
        {
            var own = await CheckAsync(document, fresh, cancellation);
            fresh = null; // it now holds this document's counterparts: another upload of the content is read again
            var inSets = own is not null && DocumentSets.IsPart(own);
            foreach (var other in await counterparts.CounterpartsFor(document, inSets, cancellation)) await CheckAsync(other, null, cancellation);
        }
    }

    /// <summary>The engine's result for a stored document, checked with the counterparts it was paired with (the exports show the same findings as the page).</summary>
    public async Task<AuditResult> WithPairingsAsync(Document document, AuditResult result, CancellationToken cancellation)
    {
        var pairing = await PreviousYearQueries.Current(db, document).SingleOrDefaultAsync(cancellation);
        if (pairing is null) return result;
        var counterparts = new PreviousYearDocuments(db);
        result = await WithAsync(result, pairing.PreviousHash, await counterparts.SetPartnerHashOf(pairing.PreviousDocumentId, pairing.PreviousHash, cancellation), cancellation);
        result = await WithAsync(result, pairing.BudgetHash, await counterparts.SetPartnerHashOf(pairing.BudgetDocumentId, pairing.BudgetHash, cancellation), cancellation);
        return pairing.SetHash is { } set && await ReadAsync(set, cancellation) is { } partner ? InSet(result, partner) ?? result : result;
    }

    /// <summary>Pairs the document with its counterparts; returns its own result when it was read (null when nothing could pair with it).</summary>
    /// <param name="again">Whether this is the second try after the counterparts changed while the first was worked out.</param>
    private async Task<AuditResult?> CheckAsync(Document document, AuditResult? fresh, CancellationToken cancellation, bool again = false)
    {
        // A result known to be a whole document (tables and narrative) is in no set: its neighbours are not looked through.
        var lookForPartner = fresh is null || DocumentSets.IsPart(fresh);
        var inputs = await PairingInputs.ReadAsync(new PreviousYearDocuments(db), document, lookForPartner, cancellation);
        if (inputs.IsEmpty) return null;
        var existing = await db.PreviousYearChecks.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentId == document.Id, cancellation);
        var unchanged = existing is not null && !inputs.CounterpartsInSets && existing.Hash == document.Hash && existing.EngineVersion == EngineVersion.Current
            && existing.PreviousDocumentId == inputs.Previous?.Id && existing.PreviousHash == inputs.Previous?.Hash
            && existing.BudgetDocumentId == inputs.Budget?.Id && existing.BudgetHash == inputs.Budget?.Hash;
        // Its set partner is still there as it was: nothing to read again.
        if (unchanged && existing!.SetDocumentId is long partnerId && inputs.SetCandidates.Any(c => c.Id == partnerId && c.Hash == existing.SetHash)) return fresh;
        var current = fresh ?? await ReadAsync(document.Hash!, cancellation);
        if (current is null) return null;
        var (partner, partnerResult) = await SetPartnerAsync(current, inputs.SetCandidates, cancellation);
        if (unchanged && existing!.SetDocumentId == partner?.Id && existing.SetHash == partner?.Hash) return current;
        var paired = await WithAsync(await WithAsync(current, inputs.Previous?.Hash, inputs.PreviousSetHash, cancellation), inputs.Budget?.Hash, inputs.BudgetSetHash, cancellation);
        if (partnerResult is not null) paired = InSet(paired, partnerResult) ?? paired;
        if (ReferenceEquals(paired, current)) return current;
        var summary = CheckSummary.From(document.Hash!, paired, clock.GetUtcNow().UtcDateTime);
        var pairing = new PreviousYearCheck
        {
            DocumentId = document.Id, Hash = document.Hash!, EngineVersion = EngineVersion.Current,
            PreviousDocumentId = inputs.Previous?.Id, PreviousHash = inputs.Previous?.Hash,
            BudgetDocumentId = inputs.Budget?.Id, BudgetHash = inputs.Budget?.Hash,
            SetDocumentId = partner?.Id, SetHash = partner?.Hash,
            DocumentJson = summary.DocumentJson, CheckedAt = summary.CheckedAt,
        };
        // Superseded: the change comes with a job that pairs the document again (a newer candidate's own, or the one a
        // change of unit queues). Changed counterparts are looked up again once; a second change comes with its own job.
        var saved = await PairingStore.SaveUnlessChangedAsync(db, document, new PairingInputs.MadeFrom(lookForPartner, inputs, partner), pairing, summary, cancellation);
        return saved == PairingSave.CounterpartsChanged && !again ? await CheckAsync(document, current, cancellation, again: true) : current;
    }

    /// <summary>The latest candidate that is the other file of the result's set, with its result; nulls when none is.</summary>
    private async Task<(Document?, AuditResult?)> SetPartnerAsync(AuditResult current, IReadOnlyList<Document> candidates, CancellationToken cancellation)
    {
        if (!DocumentSets.IsPart(current)) return (null, null);
        foreach (var candidate in candidates)
        {
            if (await ReadAsync(candidate.Hash!, cancellation) is { } other && DocumentSets.Members(current, other) is not null) return (candidate, other);
        }
        return (null, null);
    }

    /// <summary>The result's own part of the check of its set with <paramref name="partner"/>; null when the two are not one set.</summary>
    private AuditResult? InSet(AuditResult result, AuditResult partner) =>
        DocumentSets.Members(result, partner) is { } members ? auditor.CheckInSet(members)[ReferenceEquals(members[0], result) ? 0 : 1] : null;

    /// <summary>
    /// The result checked also with the content <paramref name="other"/> — with the other file of its set when it is one
    /// (<paramref name="otherSetHash"/>: both files as one, <see cref="DocumentSets.Remember"/>); unchanged when there is
    /// none or it cannot be read.
    /// </summary>
    private async Task<AuditResult> WithAsync(AuditResult result, string? other, string? otherSetHash, CancellationToken cancellation)
    {
        if (other is null || await ReadAsync(other, cancellation) is not { Disclosure: { } disclosure }) return result;
        if (otherSetHash is not null && await ReadAsync(otherSetHash, cancellation) is { Disclosure: { } partner }) disclosure = DocumentSets.Remember(disclosure, partner);
        return auditor.CheckWith(result, disclosure);
    }

    /// <summary>The engine's reading of a stored content: kept from a recent check or pairing (<see cref="RecentReadings"/>), else read now and kept.</summary>
    private async Task<AuditResult?> ReadAsync(string hash, CancellationToken cancellation)
    {
        if (recent.Find(hash) is { } kept) return kept;
        var stored = await db.StoredFiles.AsNoTracking().Where(f => f.Hash == hash).Select(f => new { f.Name, f.Content }).SingleOrDefaultAsync(cancellation);
        if (stored is null) return null;
        var result = auditor.Audit(stored.Name, stored.Content);
        recent.Keep(hash, stored.Content.Length, result);
        return result;
    }
}
