using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One mistyped figure seen by every comparison that involves it (<see cref="OddOneOutMerge"/>). A finding comparing
/// two amounts holds its place's amount (Actual) against what the related places give (Expected): if the figure at
/// its place is wrong by δ, the finding differs by δ; if a figure among its related places is, by −δ. The figure that
/// explains the most findings this way, at least two of them with different other places (two places agreeing
/// against it), and more than any other figure explaining one of them, is the cause; a tie decides nothing.
/// </summary>
internal static class OddOneOut
{
    public static void Apply(IReadOnlyList<Finding> findings, Folds folds, OddOneOutMerge merge)
    {
        var claims = findings.SelectMany((f, i) => merge.Rules.Contains(f.RuleId) && folds.Free(i) ? Claims(f, i) : []).ToList();
        var suspects = claims.GroupBy(c => c.Place).SelectMany(g => Clusters(g.ToList(), merge.Slack)).ToList();
        var taken = new HashSet<int>();
        var causes = new List<Suspect>();
        foreach (var s in suspects.Where(s => s.Witnesses >= 2).OrderByDescending(s => s.Members.Count).ThenBy(s => s.Members.Min()))
        {
            if (s.Members.Any(taken.Contains) || suspects.Any(o => o != s && o.Members.Count >= s.Members.Count && o.Members.Overlaps(s.Members))) continue;
            taken.UnionWith(s.Members);
            causes.Add(s);
        }
        // The same wrong figure printed for the same right one in two places is one cause (a total copied into two tables).
        foreach (var group in causes.GroupBy(c => (c.Printed, Right: c.Printed - c.Delta)))
        {
            var members = group.SelectMany(c => c.Members).Order().ToList();
            var places = group.Select(c => c.Location).ToList();
            var kept = members.FirstOrDefault(i => places.Any(p => FindingMerger.SamePlace(findings[i].Location, p)), members[0]);
            foreach (var j in members.Where(j => j != kept)) folds.Add(j, kept, FoldKind.SameProblem);
            folds.Causes[kept] = new Cause(places, group.Key.Printed, group.Key.Right);
        }
    }

    /// <summary>What a finding says about each place it compares: the amount there and by how much it is off if it is the wrong one.</summary>
    private static IEnumerable<Claim> Claims(Finding f, int index)
    {
        if (f is not { Severity: Severity.Error, Expected: decimal expected, Actual: decimal actual }) yield break;
        var related = f.RelatedLocations;
        // A sentence among several related places holds an amount the finding does not say.
        var values = related.Select(l => related.Count == 1 ? expected : l.Printed?.Value).Prepend(actual).ToList();
        var all = related.Prepend(f.Location).Select((l, k) => Source(l, values[k])).ToList();
        yield return new Claim(index, Place(f.Location, actual), f.Location, actual, actual - expected, Witness(all, 0));
        for (var k = 0; k < related.Count; k++)
        {
            if (values[k + 1] is decimal v && (related[k].Table is not null || related.Count == 1))
                yield return new Claim(index, Place(related[k], v), related[k], v, expected - actual, Witness(all, k + 1));
        }
    }

    /// <summary>
    /// What a place says as a witness: a table cell is one; sentences that state the same amount are one, the narrative restating
    /// itself (“支出合计515.00万元” twice against a table's 505.00 is one place against one, not two).
    /// </summary>
    private static string Source(FindingLocation l, decimal? value) =>
        l.Table is null && value is decimal v ? $"narrative {v}" : FindingMerger.PlaceKey(l).ToString();

    /// <summary>The claims on one place that agree on how much it is off (within <paramref name="slack"/>).</summary>
    private static IEnumerable<Suspect> Clusters(List<Claim> claims, decimal slack)
    {
        var sorted = claims.OrderBy(c => c.Delta).ToList();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start;
            while (end < sorted.Count && sorted[end].Delta - sorted[start].Delta <= slack) end++;
            var cluster = sorted.GetRange(start, end - start);
            var first = cluster.MinBy(c => c.Finding)!;
            // The difference most comparisons give: a sum of rounded parts may miss it by a cent.
            var delta = cluster.GroupBy(c => c.Delta).MaxBy(g => g.Count())!.Key;
            yield return new Suspect(cluster.Select(c => c.Finding).ToHashSet(), first.Location, first.Value, delta,
                cluster.Select(c => c.Witness).Distinct(StringComparer.Ordinal).Count());
            start = end;
        }
    }

    /// <summary>A table cell is its place; a sentence holds many amounts, so its place is the sentence and the amount.</summary>
    private static ((int?, int?, string?, string?, string?), decimal?) Place(FindingLocation l, decimal value) =>
        (FindingMerger.PlaceKey(l), l.Table is null ? value : null);

    /// <summary>The other places of the finding: what the place is held against.</summary>
    private static string Witness(IReadOnlyList<string> places, int self) =>
        string.Join('\u001e', places.Where((_, i) => i != self).Order(StringComparer.Ordinal));

    private sealed record Claim(int Finding, ((int?, int?, string?, string?, string?), decimal?) Place, FindingLocation Location, decimal Value, decimal Delta, string Witness);

    private sealed record Suspect(HashSet<int> Members, FindingLocation Location, decimal Printed, decimal Delta, int Witnesses);
}

/// <summary>A mistyped figure: where it is printed, what is printed and what the places compared with it say.</summary>
internal sealed record Cause(IReadOnlyList<FindingLocation> Places, decimal Printed, decimal Right);
