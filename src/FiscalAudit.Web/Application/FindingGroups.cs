using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Web.Application;

/// <summary>The findings of one part of a disclosure, by severity (错误, 警告, 提示; empty severities left out).</summary>
public sealed record PartGroup(DisclosurePart Part, IReadOnlyList<(string Severity, IReadOnlyList<FindingItem> Findings)> Severities)
{
    public int Count => Severities.Sum(s => s.Findings.Count);
}

/// <summary>The document page's list: findings grouped by part (in check-sheet order) and severity, and the choices of its filters.</summary>
public sealed record FindingGroups(IReadOnlyList<PartGroup> Parts, IReadOnlyList<string> Rules, IReadOnlyList<(string Id, string Title)> Tables)
{
    /// <summary>The part of a finding the engine did not report again (another engine version): shown last.</summary>
    private static readonly DisclosurePart Unplaced = new("unplaced", "其他", "", true);

    public static FindingGroups Of(IReadOnlyList<FindingItem> findings, DocumentReading reading)
    {
        DisclosurePart PartOf(FindingItem f) => reading.PartByFinding.TryGetValue(f.Id, out var part) ? part : Unplaced;
        var order = reading.Parts.Append(Unplaced).Select((part, index) => (part.Key, index))
            .DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.index);
        var parts = findings.GroupBy(PartOf)
            .OrderBy(g => order.GetValueOrDefault(g.Key.Key, order.Count))
            .Select(g => new PartGroup(g.Key, DisplayNames.Severities.Keys
                .Select(severity => (severity, (IReadOnlyList<FindingItem>)g.Where(f => f.Severity == severity).ToList()))
                .Where(s => s.Item2.Count > 0)
                .ToList()))
            .ToList();
        var rules = findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var tables = findings.Where(f => f.Table is not null)
            .GroupBy(f => f.Table!)
            .Select(g => (g.Key, TableTitle(g.Key, g.Select(PartOf))))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return new FindingGroups(parts, rules, tables);
    }

    /// <summary>A table is named as its part is (表三 支出决算表); by its id when it has no part of its own.</summary>
    private static string TableTitle(string id, IEnumerable<DisclosurePart> parts) =>
        parts.FirstOrDefault(p => p.Key == "table:" + id)?.Title ?? id;
}
