using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// What a document's pairing is made from, as read at one moment: its previous-year document, its same-year budget and
/// the candidates for the other file of its set (the latest first; <see cref="PreviousYearDocuments"/>); and the content
/// of the other file of the previous-year document's and the budget's own sets, when they were published as two files
/// (read with them as one).
/// </summary>
public sealed record PairingInputs(Document? Previous, Document? Budget, IReadOnlyList<Document> SetCandidates, string? PreviousSetHash = null, string? BudgetSetHash = null)
{
    /// <summary>The inputs a pairing was made from, whether set candidates were looked for, and the partner chosen among them.</summary>
    public sealed record MadeFrom(bool LookForPartner, PairingInputs Inputs, Document? Partner);

    public bool IsEmpty => Previous is null && Budget is null && SetCandidates.Count == 0;

    /// <summary>True when a counterpart is one file of a set: a pairing stored from these inputs does not record its other file.</summary>
    public bool CounterpartsInSets => PreviousSetHash is not null || BudgetSetHash is not null;

    public static async Task<PairingInputs> ReadAsync(PreviousYearDocuments counterparts, Document document, bool lookForPartner, CancellationToken cancellation)
    {
        var previous = await counterparts.PreviousOf(document, cancellation);
        var budget = await counterparts.BudgetOf(document, cancellation);
        return new(previous, budget, lookForPartner ? await counterparts.SetCandidates(document, cancellation) : [],
            await counterparts.SetPartnerHashOf(previous?.Id, previous?.Hash, cancellation), await counterparts.SetPartnerHashOf(budget?.Id, budget?.Hash, cancellation));
    }

    /// <summary>
    /// Whether <paramref name="now"/> has the same counterparts as these inputs: the same previous-year document and
    /// budget (and contents, and other files of their sets) and <paramref name="partner"/>, the set's other file chosen,
    /// still a candidate.
    /// </summary>
    public bool SameCounterparts(PairingInputs now, Document? partner) =>
        Same(Previous, now.Previous) && Same(Budget, now.Budget) && PreviousSetHash == now.PreviousSetHash && BudgetSetHash == now.BudgetSetHash
        && (partner is null || now.SetCandidates.Any(c => Same(c, partner)));

    /// <summary>Whether <paramref name="now"/> has a new candidate ahead of <paramref name="partner"/> (candidates behind the one chosen were never going to be chosen).</summary>
    public bool NewerCandidate(PairingInputs now, Document? partner) =>
        now.SetCandidates.Any(c => c.Id > (partner?.Id ?? 0) && !SetCandidates.Any(s => Same(s, c)));

    private static bool Same(Document? a, Document? b) => a?.Id == b?.Id && a?.Hash == b?.Hash;
}
