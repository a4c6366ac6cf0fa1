using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine.Review;

/// <summary>
/// The reviewer's decisions of one run, by finding id: attached to each finding as it is produced;
/// at the end, the decisions whose finding no longer occurs are the fixed ones (已整改).
/// </summary>
public sealed class ReviewBook
{
    private readonly Dictionary<string, ReviewDecision> byId;

    public ReviewBook(IEnumerable<ReviewDecision> decisions)
    {
        Decisions = decisions.ToList();
        byId = new Dictionary<string, ReviewDecision>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in Decisions) byId[d.Id] = d;
    }

    public static ReviewBook Empty { get; } = new(Array.Empty<ReviewDecision>());

    public IReadOnlyList<ReviewDecision> Decisions { get; }

    public bool IsEmpty => Decisions.Count == 0;

    /// <summary>The decision on the finding's id, else on one of the ids folded into it.</summary>
    public Finding Apply(Finding finding) => Find(finding.AllIds) is { } decision ? finding with { Review = decision } : finding;

    /// <summary>The decision on the first of a finding's ids (its own, then the folded ones) that has one; null when none has.</summary>
    public ReviewDecision? Find(IEnumerable<string> ids) => ids.Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(d => d is not null);

    /// <summary>Decisions none of whose findings occurred in the run: the problem was corrected.</summary>
    public IReadOnlyList<ReviewDecision> Fixed(IReadOnlySet<string> seenIds) =>
        Decisions.Where(d => !seenIds.Contains(d.Id)).ToList();
}
