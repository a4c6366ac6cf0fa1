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

    private enum Part { Narrative, Tables }

    private readonly Auditor auditor;

    public DocumentSets(Auditor auditor)
    {
        this.auditor = auditor;
    }

    /// <summary>The results, the parts of each set checked together (the earlier given first).</summary>
    public IEnumerable<AuditResult> Join(IEnumerable<AuditResult> results)
    {
        var waiting = new List<(AuditResult Result, Part Part, string Key)>();
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
            var members = part == Part.Narrative ? new[] { result, other.Result } : new[] { other.Result, result };
            var checkedSet = auditor.CheckInSet(members);
            foreach (var member in checkedSet.OrderBy(m => m.File == other.Result.File ? 0 : 1)) yield return member;
        }
        foreach (var w in waiting) yield return w.Result;
    }

    /// <summary>
    /// The two results as the members of one set, the narrative part first (as <see cref="Auditor.CheckInSet"/> takes
    /// them); null when they are not the narrative and the tables part of one document.
    /// </summary>
    public static IReadOnlyList<AuditResult>? Members(AuditResult a, AuditResult b)
    {
        if (a.Disclosure is not { } first || b.Disclosure is not { } second) return null;
        if (PartOf(first) is not { } part || PartOf(second) is not { } other || part == other) return null;
        if (Key(first) is not { } key || key != Key(second)) return null;
        return part == Part.Narrative ? [a, b] : [b, a];
    }

    /// <summary>True when the result is one file of a set: a narrative without tables, or tables with hardly any narrative.</summary>
    public static bool IsPart(AuditResult result) => result.Disclosure is { } d && PartOf(d) is not null;

    private static Part? PartOf(Disclosure d) =>
        d.Tables.Count == 0 && d.Narrative.Facts.Count > 0 ? Part.Narrative
        : d.Tables.Count > 0 && d.Narrative.Facts.Count <= LittleNarrative ? Part.Tables
        : null;

    private static string? Key(Disclosure d) =>
        d.Year is int year && DepartmentNames.Canonical(d.Department) is { } department ? $"{department}|{d.KindName}|{year}" : null;
}
