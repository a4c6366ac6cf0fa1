namespace FiscalAudit.Web.Application.Review;

/// <summary>
/// A corrected version against the version it corrects, by finding id: a finding is the same problem when
/// the two share an id (its own or one folded into it). Fixed: the earlier version's findings gone from this
/// one; remaining: this version's findings the earlier one had; new: the others.
/// </summary>
public sealed record VersionComparison(IReadOnlyList<FindingItem> Fixed, IReadOnlyList<FindingItem> Remaining, IReadOnlyList<FindingItem> New)
{
    public static VersionComparison Of(IReadOnlyList<FindingItem> previous, IReadOnlyList<FindingItem> current)
    {
        var before = previous.SelectMany(f => f.AllIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = current.SelectMany(f => f.AllIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new VersionComparison(
            previous.Where(f => !f.AllIds.Any(now.Contains)).ToList(),
            current.Where(f => f.AllIds.Any(before.Contains)).ToList(),
            current.Where(f => !f.AllIds.Any(before.Contains)).ToList());
    }

    /// <summary>remaining | new for a finding of the current version.</summary>
    public string ChangeOf(FindingItem finding) => Remaining.Contains(finding) ? "remaining" : "new";
}
