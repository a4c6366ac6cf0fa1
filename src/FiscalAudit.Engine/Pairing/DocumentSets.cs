using FiscalAudit.Core.Model;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// Finds, among the results of one run, the documents published as two files — the narrative (说明) with no
/// tables, and the tables with hardly any narrative — of the same kind, year and department (named alike by
/// <see cref="DepartmentNames"/>), and checks each such set as one (<see cref="Auditor.CheckInSet"/>). Other
/// results pass at once; a part waits for its partner, and one that finds none comes out unchanged at the end.
/// </summary>
public sealed class DocumentSets
{
    /// <summary>At most this many checkable statements in a file of tables (notes under a table), more make it a whole document.</summary>
    private const int LittleNarrative = 5;

    private readonly Auditor auditor;

    public DocumentSets(Auditor auditor)
    {
        this.auditor = auditor;
    }

    /// <summary>The results, the parts of each set checked together (the earlier given first).</summary>
    public IEnumerable<AuditResult> Join(IEnumerable<AuditResult> results)
    {
        var waiting = new List<(AuditResult Result, SetPart Part, string Key)>();
        foreach (var result in results)
        {
            if (result.Disclosure is not { } d || PartOf(d) is not { } part || Key(d) is not { } key)
            {
                yield return result;
                continue;
            }
            var partner = waiting.FindIndex(w => w.Key == key && w.Part != part);
            if (partner < 0)
            {
                waiting.Add((result, part, key));
                continue;
            }
            var other = waiting[partner];
            waiting.RemoveAt(partner);
            var members = part == SetPart.Narrative ? new[] { result, other.Result } : new[] { other.Result, result };
            var checkedSet = auditor.CheckInSet(members);
            foreach (var member in checkedSet.OrderBy(m => m.File == other.Result.File ? 0 : 1)) yield return member;
        }
        foreach (var w in waiting) yield return w.Result;
    }

    /// <summary>
    /// The two results as the members of one set, the narrative part first (as <see cref="Auditor.CheckInSet"/> takes
    /// them); null when they are not the narrative and the tables part of one document.
    /// </summary>
    public static IReadOnlyList<AuditResult>? Members(AuditResult a, AuditResult b) =>
        a.Disclosure is { } first && b.Disclosure is { } second && NarrativeFirst(first, second) is { } narrativeFirst
            ? narrativeFirst ? [a, b] : [b, a]
            : null;

    /// <summary>
    /// What a run keeps of a department's document of a year as a counterpart for the documents after it (its
    /// previous-year document, its same-year budget): the first given, or — when <paramref name="arriving"/> is the
    /// other file of the set <paramref name="known"/> is a part of — both files as one disclosure, so that a later
    /// year's statements are compared with the narrative and the tables alike.
    /// </summary>
    public static Disclosure Remember(Disclosure? known, Disclosure arriving) =>
        known is null ? arriving
        : NarrativeFirst(known, arriving) is { } narrativeFirst ? SetJoiner.Join(narrativeFirst ? [known, arriving] : [arriving, known])
        : known;

    /// <summary>Whether <paramref name="a"/> is the narrative part of the set whose tables part is <paramref name="b"/> (false: the other way round); null when they are not one set's parts.</summary>
    private static bool? NarrativeFirst(Disclosure a, Disclosure b)
    {
        if (PartOf(a) is not { } part || PartOf(b) is not { } other || part == other) return null;
        if (Key(a) is not { } key || key != Key(b)) return null;
        return part == SetPart.Narrative;
    }

    /// <summary>True when the result is one file of a set: a narrative without tables, or tables with hardly any narrative.</summary>
    public static bool IsPart(AuditResult result) => RoleOf(result) is SetPart.Narrative or SetPart.Tables;

    /// <summary>What the result is as a file of a set (a part, or a whole document); null when it was not read.</summary>
    public static SetPart? RoleOf(AuditResult result) => result.Disclosure is { } d ? PartOf(d) ?? SetPart.Whole : null;

    /// <summary>The part a disclosure is; null for a whole document.</summary>
    private static SetPart? PartOf(Disclosure d) =>
        d.Tables.Count == 0 && d.Narrative.Facts.Count > 0 ? SetPart.Narrative
        : d.Tables.Count > 0 && d.Narrative.Facts.Count <= LittleNarrative ? SetPart.Tables
        : null;

    private static string? Key(Disclosure d) =>
        d.Year is int year && DepartmentNames.Canonical(d.Department) is { } department ? $"{department}|{d.KindName}|{year}" : null;
}
