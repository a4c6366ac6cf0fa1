using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// What a document's pairing is made from, as read at one moment: its previous-year document, its same-year budget and
/// the candidates for the other file of its set (the latest first; <see cref="PreviousYearDocuments"/>).
/// </summary>
public sealed record PairingInputs(Document? Previous, Document? Budget, IReadOnlyList<Document> SetCandidates)
{
    /// <summary>The inputs a pairing was made from, whether set candidates were looked for, and the partner chosen among them.</summary>
    public sealed record MadeFrom(bool LookForPartner, PairingInputs Inputs, Document? Partner);

    public bool IsEmpty => Previous is null && Budget is null && SetCandidates.Count == 0;

    public static async Task<PairingInputs> ReadAsync(PreviousYearDocuments counterparts, Document document, bool lookForPartner, CancellationToken cancellation) =>
        new(await counterparts.PreviousOf(document, cancellation), await counterparts.BudgetOf(document, cancellation),
            lookForPartner ? await counterparts.SetCandidates(document, cancellation) : []);

    /// <summary>
    /// Whether a pairing made from these inputs, with <paramref name="partner"/> chosen as the set's other file, is still
    /// the one <paramref name="now"/> would give: same previous-year document and budget (and contents), the partner still
    /// a candidate and no new candidate ahead of it (candidates behind the one chosen were never going to be chosen).
    /// </summary>
    public bool StillHolds(PairingInputs now, Document? partner) =>
        Same(Previous, now.Previous) && Same(Budget, now.Budget)
        && (partner is null || now.SetCandidates.Any(c => Same(c, partner)))
        && !now.SetCandidates.Any(c => c.Id > (partner?.Id ?? 0) && !SetCandidates.Any(s => Same(s, c)));

    private static bool Same(Document? a, Document? b) => a?.Id == b?.Id && a?.Hash == b?.Hash;
}
