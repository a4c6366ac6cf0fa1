using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Narrative;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One mistyped figure seen by every comparison that involves it (<see cref="OddOneOutMerge"/>). A finding comparing
/// two amounts holds its place's amount (Actual) against what the related places give (Expected): if the figure at
/// its place is wrong by δ, the finding differs by δ; if a figure among its related places is, by −δ (by δ when the
/// equation subtracts it: 本年支出 in 年末结余 = 年初 + 收入 − 支出). The figure that
/// explains the most findings this way, at least two of them with different other places (two places agreeing
/// against it), and more than any other figure explaining one of them, is the cause; a tie decides nothing.
/// </summary>
internal static class OddOneOut
{
    public static void Apply(IReadOnlyList<Finding> findings, Folds folds, OddOneOutMerge merge)
    {
        var claims = findings.SelectMany((f, i) => merge.Rules.Contains(f.RuleId) && folds.Free(i) ? Claims(f, i) : []).ToList();
        var suspects = claims.GroupBy(c => c.Place).SelectMany(g => Clusters(g.ToList())).ToList();
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
            var kept = members.FirstOrDefault(i => places.Any(p => FindingMerger.SamePlace(findings[i].Location, p)), Nearest(members, findings, places));
            foreach (var j in members.Where(j => j != kept)) folds.Add(j, kept, FoldKind.SameProblem);
            folds.Causes[kept] = new Cause(places, group.Key.Printed, group.Key.Right);
        }
    }

    /// <summary>
    /// The finding kept for a cause none of whose findings is placed at the figure, by what it compares, not by the order it was
    /// reported in (a PDF, a Markdown page and a workbook of one document order their findings differently, and the kept one's id
    /// becomes the cause's): one in the figure's column (the parent's sum: 款 20805's 基本支出 against its 项, one of them mistyped),
    /// else one in its row (the row's own sum), else any; among those the lowest rule id, then table, row and column.
    /// </summary>
    private static int Nearest(IReadOnlyList<int> members, IReadOnlyList<Finding> findings, IReadOnlyList<FindingLocation> places) =>
        members.OrderBy(i => Nearness(findings[i].Location, places)).ThenBy(i => findings[i].RuleId, StringComparer.Ordinal)
            .ThenBy(i => findings[i].Location.Table, StringComparer.Ordinal).ThenBy(i => findings[i].Location.Row, StringComparer.Ordinal)
            .ThenBy(i => findings[i].Location.Column, StringComparer.Ordinal).First();

    private static int Nearness(FindingLocation l, IReadOnlyList<FindingLocation> places) =>
        places.Any(p => p.Table is not null && p.Table == l.Table && p.Column == l.Column) ? 0
        : places.Any(p => p.Table is not null && p.Table == l.Table && p.Row == l.Row) ? 1
        : 2;

    /// <summary>
    /// A mistyped cell that a sentence of the text restates as printed (表五 2080505 11.17 for 10.17, and the text says 11.17 too): the
    /// sentence is one more place that prints the wrong figure, to be corrected with the cell.
    /// </summary>
    public static void Restated(Folds folds, IReadOnlyList<Restatement> restatements)
    {
        foreach (var (kept, cause) in folds.Causes.ToList())
        {
            var sentences = restatements.Where(r => r.Printed == cause.Printed && cause.Places.Any(p => p.Table is not null && FindingMerger.SamePlace(p, r.Cell)))
                .Select(r => r.Statement).Where(s => !cause.Places.Any(p => FindingMerger.SamePlace(p, s))).DistinctBy(s => s.Place).ToList();
            if (sentences.Count > 0) folds.Causes[kept] = cause with { Places = cause.Places.Concat(sentences).ToList() };
        }
    }

    /// <summary>
    /// A mistyped figure copied into another table (表三 and 表五 2050101 行政运行 both 421.36 for 412.36, the 情况说明 right): a
    /// comparison of the other table that holds the copy — a cell of the same row printing the same figure — off by the same amount
    /// (its 款's sum) is the same problem, and the copy one more place printing it. Run after the same-row merge, so the comparisons
    /// of the copy's other columns come along.
    /// </summary>
    public static void Copied(IReadOnlyList<Finding> findings, Folds folds, OddOneOutMerge merge)
    {
        foreach (var kept in folds.Causes.Keys.ToList())
        {
            var cause = folds.Causes[kept];
            var delta = cause.Printed - cause.Right;
            for (var i = 0; i < findings.Count; i++)
            {
                if (i == kept || !folds.Movable(i) || !merge.Rules.Contains(findings[i].RuleId) || findings[i] is not { Expected: decimal e, Actual: decimal a }) continue;
                var copy = findings[i].RelatedLocations.FirstOrDefault(l => l.Table is not null && l.Printed?.Value == cause.Printed
                    && e - a == (l.Subtracted ? -delta : delta) && cause.Places.Any(p => p.Table is not null && p.Table != l.Table && p.Row == l.Row));
                if (copy is null) continue;
                folds.Add(i, kept, FoldKind.SameProblem);
                folds.Causes[kept] = cause = cause with { Places = [.. cause.Places, copy] };
            }
        }
    }

    /// <summary>
    /// What a finding says about each place it compares: the amount there, by how much it is off if it is the wrong one, and
    /// what the other places say it should be, with the rounding they allow (a sum of printed parts allows each part's).
    /// </summary>
    private static IEnumerable<Claim> Claims(Finding f, int index)
    {
        if (f is not { Severity: Severity.Error, Expected: decimal expected, Actual: decimal actual }) yield break;
        var related = f.RelatedLocations;
        // A sentence among several related places holds an amount the finding does not say.
        var values = related.Select(l => related.Count == 1 ? expected : l.Printed?.Value).Prepend(actual).ToList();
        var all = related.Prepend(f.Location).Select((l, k) => Source(l, values[k])).ToList();
        var printed = related.Prepend(f.Location).Select((l, k) => values[k] is decimal v ? AsPrinted(l, v) : (PrintedNumber?)null).ToList();
        var right = related.Count == 1 ? printed[1]!.Value : WorkedOut(expected, printed.Skip(1));
        yield return InPrintedUnit(new Claim(index, Place(f.Location, actual), f.Location, actual, actual - expected, right, Witness(all, 0)));
        for (var k = 0; k < related.Count; k++)
        {
            if (values[k + 1] is not decimal v || (related[k].Table is null && related.Count > 1)) continue;
            // A subtracted term wrong by δ moves what the finding computes by −δ.
            var delta = related[k].Subtracted ? actual - expected : expected - actual;
            right = related.Count == 1 ? printed[0]!.Value : WorkedOut(v - delta, printed.Where((_, j) => j != k + 1));
            yield return InPrintedUnit(new Claim(index, Place(related[k], v), related[k], v, delta, right, Witness(all, k + 1)));
        }
    }

    /// <summary>The claim on a cell held in another unit than it prints (a 元 table against a 万元 sentence), in the printed one.</summary>
    private static Claim InPrintedUnit(Claim claim) =>
        PrintedUnit.Factor(claim.Location, claim.Value) is var factor && factor == 1m
            ? claim
            : claim with { Value = claim.Value * factor, Delta = claim.Delta * factor, Right = PrintedUnit.Restated(claim.Right, factor) };

    /// <summary>The amount as printed at <paramref name="place"/> (a cell's own digits), else as the finding gives it.</summary>
    private static PrintedNumber AsPrinted(FindingLocation place, decimal value) =>
        place.Printed is { } p && p.Value == value ? p : Printing(value);

    /// <summary>An amount a finding gives, with the decimals it was read with.</summary>
    private static PrintedNumber Printing(decimal value) =>
        new(value, value.Scale, false, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary><paramref name="value"/> worked out from the printed figures <paramref name="from"/> (the ones the finding names), allowing the rounding of each.</summary>
    private static PrintedNumber WorkedOut(decimal value, IEnumerable<PrintedNumber?> from)
    {
        var known = from.OfType<PrintedNumber>().ToList();
        var printing = Printing(value);
        return printing with { WorkedOutHalfWidth = known.Count == 0 ? printing.HalfUnit : known.Sum(p => p.HalfUnit) };
    }

    /// <summary>
    /// What a place says as a witness: a table cell is one; sentences that state the same amount are one, the narrative restating
    /// itself (“支出合计515.00万元” twice against a table's 505.00 is one place against one, not two).
    /// </summary>
    private static string Source(FindingLocation l, decimal? value) =>
        l.Table is null && value is decimal v ? $"narrative {v}" : l.Place.ToString();

    /// <summary>
    /// The claims on one place that agree on what it should be: the other places' figures can be one amount, rounding-aware
    /// (two printings with the same decimals print the same digits; otherwise their intervals meet). A 万元 table rounded to
    /// cents and a 元 table or a sum of rounded parts differ by more than a cent and still say the same; two 元 figures a few
    /// 元 apart do not.
    /// </summary>
    private static IEnumerable<Suspect> Clusters(List<Claim> claims)
    {
        var sorted = claims.OrderBy(c => c.Right.Value).ToList();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start + 1;
            while (end < sorted.Count && sorted.Skip(start).Take(end - start).All(c => Agree(c.Right, sorted[end].Right))) end++;
            var cluster = sorted.GetRange(start, end - start);
            var first = cluster.MinBy(c => c.Finding)!;
            // The difference most comparisons give, else the one of the figure printed most precisely (a sum of cents, not a
            // sentence rounded to one decimal).
            var delta = cluster.GroupBy(c => c.Delta).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.Right.HalfUnit)).First().Key;
            yield return new Suspect(cluster.Select(c => c.Finding).ToHashSet(), first.Location, first.Value, delta,
                cluster.Select(c => c.Witness).Distinct(StringComparer.Ordinal).Count());
            start = end;
        }
    }

    /// <summary>Two figures that can be one amount: printed ones by <see cref="PrintedNumber.SameQuantity"/>, worked-out ones by meeting intervals.</summary>
    private static bool Agree(PrintedNumber a, PrintedNumber b) =>
        a.WorkedOutHalfWidth is null && b.WorkedOutHalfWidth is null ? PrintedNumber.SameQuantity(a, b) : a.Interval.Overlaps(b.Interval);

    /// <summary>A table cell is its place; a sentence holds many amounts, so its place is the sentence and the amount.</summary>
    private static ((string?, int?, int?, string?, string?, string?, string?), decimal?) Place(FindingLocation l, decimal value) =>
        (l.Place, l.Table is null ? value : null);

    /// <summary>The other places of the finding: what the place is held against.</summary>
    private static string Witness(IReadOnlyList<string> places, int self) =>
        string.Join('\u001e', places.Where((_, i) => i != self).Order(StringComparer.Ordinal));

    private sealed record Claim(int Finding, ((string?, int?, int?, string?, string?, string?, string?), decimal?) Place, FindingLocation Location, decimal Value, decimal Delta, PrintedNumber Right, string Witness);

    private sealed record Suspect(HashSet<int> Members, FindingLocation Location, decimal Printed, decimal Delta, int Witnesses);
}

/// <summary>A mistyped figure: where it is printed, what is printed and what the places compared with it say.</summary>
internal sealed record Cause(IReadOnlyList<FindingLocation> Places, decimal Printed, decimal Right);
