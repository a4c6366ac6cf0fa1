using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Rules.Narrative;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// One cause, one finding: folds the findings the <see cref="MergeCatalog"/> says report the same problem
/// into one of them. The kept finding keeps its id, rule and severity; the folded ones' places are added to its related places
/// and its message says what else was seen there, in <see cref="FoldOrder"/>. Which one is kept is chosen by what they are
/// about, not by report order (a table on one line of a Markdown page, or the text beside a workbook's tables, reports its
/// findings in another order than the PDF): a mistyped figure's by <see cref="OddOneOut"/>, one of a document's or of a place's
/// the first in <see cref="FoldOrder"/>.
/// </summary>
public static partial class FindingMerger
{
    /// <summary>
    /// Folds the findings of one cause into one; <paramref name="restatements"/> are the sentences that print a table cell as it is,
    /// <paramref name="disclosure"/> the document whose tables order the folded findings' rows.
    /// </summary>
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, MergeCatalog catalog, IReadOnlyList<Restatement>? restatements = null, Disclosure? disclosure = null)
    {
        var order = FoldOrder.Of(disclosure);
        var folds = new Folds(findings.Count);
        OddOneOut.Apply(findings, folds, catalog.OddOneOut);
        if (restatements is not null) OddOneOut.Restated(folds, restatements);
        foreach (var merge in catalog.SamePlace) SamePlace(findings, folds, merge, order);
        foreach (var merge in catalog.SameRow) SameRow.Apply(findings, folds, merge, order);
        OddOneOut.Copied(findings, folds, catalog.OddOneOut);
        foreach (var merge in catalog.SameFigure) SameFigure(findings, folds, merge, order);
        foreach (var merge in catalog.PerDocument) PerDocument(findings, folds, merge, order);
        foreach (var merge in catalog.OnBasis) OnBasis(findings, folds, merge, order);
        foreach (var merge in catalog.MistypedPart) MistypedPart.Apply(findings, folds, merge);
        foreach (var merge in catalog.Explained) Explained(findings, folds, merge, order);
        foreach (var merge in catalog.TableUnit) TableUnit.Apply(findings, folds, merge);
        if (folds.IsEmpty) return findings;
        return findings.Select((f, i) => folds.Into[i] is null
            ? Fold(f, folds.Causes.GetValueOrDefault(i), folds.Of(i).OrderBy(j => findings[j], order).Select(j => (findings[j], folds.Kind[j])).ToList())
            : null).OfType<Finding>().ToList();
    }

    private static void SamePlace(IReadOnlyList<Finding> findings, Folds folds, SamePlaceMerge merge, FoldOrder order)
    {
        for (var a = 0; a < findings.Count; a++)
        {
            if (!merge.Absorb.Contains(findings[a].RuleId) || !folds.Free(a)) continue;
            var targets = Enumerable.Range(0, findings.Count).Where(k => k != a && merge.Keep.Contains(findings[k].RuleId)
                && folds.Into[k] is null && SharePlace(findings[k], findings[a])
                && (merge.SameDifference ? ShareDifference(findings[k], findings[a], merge.Slack) : ShareValue(findings[k], findings[a])))
                .OrderBy(k => findings[k], order).ToList();
            // A restatement that two findings share is folded into the one at its own place (“此处为…” is said there).
            if (targets.Count > 0) folds.Add(a, targets.FirstOrDefault(k => SamePlace(findings[k].Location, findings[a].Location), targets[0]), FoldKind.SameProblem);
        }
    }

    /// <summary>
    /// “支出合计515.00万元（表一 505.00）…其中基本支出400.00万元，占80.00%”: a rate worked out on an amount that is itself found
    /// mistyped is folded into the amount's finding (or the finding that holds it), the first in <paramref name="order"/> when several hold it.
    /// </summary>
    private static void OnBasis(IReadOnlyList<Finding> findings, Folds folds, BasesMerge merge, FoldOrder order)
    {
        var byContent = Enumerable.Range(0, findings.Count).OrderBy(k => findings[k], order).ToList();
        for (var a = 0; a < findings.Count; a++)
        {
            if (!merge.Absorb.Contains(findings[a].RuleId) || !folds.Free(a)) continue;
            var k = byContent.FirstOrDefault(k => k != a && merge.Keep.Contains(findings[k].RuleId)
                && findings[a].Bases.Any(b => HoldsMistyped(findings[k], k, b, folds)), -1);
            if (k >= 0) folds.Add(a, folds.Into[k] ?? k, FoldKind.WorkedOut);
        }
    }

    /// <summary>
    /// The finding <paramref name="k"/> holds the amount printed at <paramref name="basis"/> mistyped: at its own place, or as one of
    /// the places of the mistyped figure <see cref="OddOneOut"/> found it about (表一 本年支出合计 195.58 for 192.58, the text's
    /// “一般公共预算财政拨款支出195.58万元” among the places printing it).
    /// </summary>
    private static bool HoldsMistyped(Finding kept, int k, FindingLocation basis, Folds folds) =>
        basis.Printed?.Value is decimal printed
        && ((SamePlace(kept.Location, basis) && kept.Actual is decimal v && v == printed && !CausedElsewhere(folds, k, basis))
            || (folds.Causes.TryGetValue(k, out var cause) && cause.Printed == printed && cause.Places.Any(p => SamePlace(p, basis))));

    /// <summary>
    /// The finding <paramref name="k"/> was found to be one view of a figure mistyped at another place than <paramref name="basis"/>
    /// (<see cref="OddOneOut"/>: the table's “三公” total, not the narrative amount that restates it right): the amount there is right.
    /// </summary>
    private static bool CausedElsewhere(Folds folds, int k, FindingLocation basis) =>
        folds.Causes.TryGetValue(folds.Into[k] ?? k, out var cause) && !cause.Places.Any(p => SamePlace(p, basis));

    /// <summary>
    /// “参考评分 95.89 与自评得分 99.89 不同：“办公家具(个)”自评 5、参考 1” beside “办公家具(个)…未达到目标却得满分 5”: a total
    /// worked out on cells each of which another finding holds says nothing they do not; it is folded into the first of them in
    /// <paramref name="order"/> (the form's first indicator among them, whatever order the form reports them in).
    /// </summary>
    private static void Explained(IReadOnlyList<Finding> findings, Folds folds, BasesMerge merge, FoldOrder order)
    {
        for (var a = 0; a < findings.Count; a++)
        {
            if (!merge.Absorb.Contains(findings[a].RuleId) || !folds.Free(a) || findings[a].Bases.Count == 0) continue;
            var holders = findings[a].Bases.Select(b => Enumerable.Range(0, findings.Count).FirstOrDefault(k => k != a
                && merge.Keep.Contains(findings[k].RuleId) && SamePlace(findings[k].Location, b), -1)).ToList();
            if (holders.Any(k => k < 0)) continue;
            var first = holders.OrderBy(k => findings[k], order).First();
            folds.Add(a, folds.Into[first] ?? first, FoldKind.WorkedOut);
        }
    }

    /// <summary>
    /// Comparisons of the same two values on rows of one name, each folded into the first before it in <paramref name="order"/> (by
    /// what they are about: the PDF, Markdown, Word and workbook forms of one document keep the same one).
    /// </summary>
    private static void SameFigure(IReadOnlyList<Finding> findings, Folds folds, SameFigureMerge merge, FoldOrder order)
    {
        var candidates = Enumerable.Range(0, findings.Count).Where(i => merge.Rules.Contains(findings[i].RuleId) && Values(findings[i]) is not null)
            .OrderBy(i => findings[i], order).ToList();
        foreach (var group in candidates.GroupBy(i => Values(findings[i])!.Value))
        {
            var members = group.ToList();
            for (var j = 1; j < members.Count; j++)
            {
                // A restatement that holds the rates worked out on it goes with them (one wrong amount stated twice).
                if (!folds.Movable(members[j])) continue;
                var names = RowNames(findings[members[j]]);
                var target = members.Take(j).FirstOrDefault(k => folds.Into[k] is null && RowNames(findings[k]).Overlaps(names), -1);
                // The same words at another place (a narrative amount restated as wrong as it was) are listed, not quoted.
                if (target >= 0) folds.Add(members[j], target, findings[members[j]].Message == findings[target].Message ? FoldKind.SameKind : FoldKind.SameProblem);
            }
        }
        if (merge.OtherValues) OtherValues(findings, folds, candidates);
    }

    /// <summary>
    /// “社会保障和就业支出” 60.01 in 表一, 60.00 in 表三, 60.02 in 表四: comparisons of a row of one name that share one of their
    /// values are one figure printed differently in several tables; each is folded into the finding that holds the first it
    /// meets (a later finding into an earlier one, any into one that already holds others; <paramref name="candidates"/> are in
    /// the fold order), quoted but not counted among the places that say what a mistyped figure should be.
    /// </summary>
    private static void OtherValues(IReadOnlyList<Finding> findings, Folds folds, IReadOnlyList<int> candidates)
    {
        var rank = candidates.Select((k, n) => (k, n)).ToDictionary(x => x.k, x => x.n);
        foreach (var m in candidates.Where(folds.Free))
        {
            var (low, high) = Values(findings[m])!.Value;
            var names = RowNames(findings[m]);
            var k = candidates.FirstOrDefault(k => k != m && (folds.Into[k] is int h ? h != m : rank[k] < rank[m] || !folds.Free(k))
                && Values(findings[k]) is var (a, b) && (a == low || a == high || b == low || b == high)
                && RowNames(findings[k]).Overlaps(names), -1);
            if (k >= 0 && folds.Free(m)) folds.Add(m, folds.Into[k] ?? k, FoldKind.OtherValue);
        }
    }

    /// <summary>Every finding of the merge's rule in the document (of the same words, with sameActual) into the first in <paramref name="order"/>.</summary>
    private static void PerDocument(IReadOnlyList<Finding> findings, Folds folds, PerDocumentMerge merge, FoldOrder order)
    {
        var matching = Enumerable.Range(0, findings.Count).Where(i => merge.Matches(findings[i]) && folds.Into[i] is null).OrderBy(i => findings[i], order);
        foreach (var members in matching.GroupBy(i => merge.Key(findings[i])).Select(g => g.ToList()))
        {
            foreach (var j in members.Skip(1).Where(folds.Free)) folds.Add(j, members[0], merge.List ? FoldKind.Listed : FoldKind.SameKind);
        }
    }

    /// <summary>
    /// A finding about a mistyped figure, at the figure (the first place it is printed), its message led by what is
    /// printed and what the compared places say: “此处印为 515.00，与之核对的 4 处均表明应为 505.00：…”.
    /// </summary>
    private static Finding AtCause(Finding kept, Cause? cause, int comparisons)
    {
        if (cause is null) return kept;
        // What the figure should be, in the precision it is printed with (a 万元 cell that a 元 table contradicts should read 505.04).
        // A figure converted from a smaller unit (“1878100.00元” compared in 万元: 187.810000) is shown without the conversion's zeros.
        var decimals = Math.Max(Math.Min((int)cause.Printed.Scale, 2), (cause.Printed / 1.0000000000000000000000000000m).Scale);
        // Amounts printed with thousands separators (“31,214,206.80”) are shown so.
        var grouped = cause.Places[0].Printed?.Text.Contains(',') == true;
        string Show(decimal v) => grouped ? v.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture) : PrintedNumber.Format(v, decimals);
        var others = cause.Places.Skip(1).Select(p => p.Describe()).ToList();
        var where = others.Count == 0 ? "此处" : $"此处与{string.Join("、", others)}均";
        var lead = $"{where}印为 {Show(cause.Printed)}，与之核对的 {comparisons} 处均表明应为 {Show(cause.Right)}：";
        var at = cause.Places[0];
        var related = SamePlace(kept.Location, at) ? kept.RelatedLocations : kept.RelatedLocations.Prepend(kept.Location).ToList();
        return kept with { Message = lead + kept.Message, Location = at, Related = cause.Places.Skip(1).Concat(related).ToList() };
    }

    private static Finding Fold(Finding kept, Cause? cause, IReadOnlyList<(Finding Finding, FoldKind Kind)> folded)
    {
        if (folded.Count == 0) return kept;
        var own = kept;
        kept = AtCause(kept, cause, 1 + folded.Count(f => f.Kind == FoldKind.SameProblem));
        var message = new StringBuilder(kept.Message);
        // The same words seen at two places (a restatement and the rates on it) are quoted once; their places are related.
        var quoted = new HashSet<string>(StringComparer.Ordinal) { kept.Message };
        foreach (var f in folded.Where(f => f.Kind is FoldKind.SameProblem or FoldKind.WorkedOut or FoldKind.OtherValue))
        {
            var words = WithoutSharedEnding(f.Finding.Message, kept.Message);
            if (quoted.Add(words) && !kept.Message.Contains(words, StringComparison.Ordinal)) message.Append("；同一问题：").Append(words);
        }
        // The same words at the kept finding's own place are not “another” case; another clause read on the same line (a paragraph
        // that is one cell of a workbook or one line of a web page) is.
        var alike = folded.Where(f => f.Kind == FoldKind.SameKind && !(SamePlace(f.Finding.Location, kept.Location) && f.Finding.Message == own.Message)).Select(f => f.Finding.Location.Describe()).ToList();
        if (alike.Count > 0) message.Append($"；另有 {alike.Count} 处同类情况：{string.Join("、", alike)}");
        var inUnit = folded.Where(f => f.Kind == FoldKind.InUnit).Select(f => f.Finding.Location.Describe()).Distinct().ToList();
        if (inUnit.Count > 0) message.Append($"；因此与其他表或情况说明不一致的 {inUnit.Count} 处：{string.Join("、", inUnit)}");
        var listed = folded.Where(f => f.Kind == FoldKind.Listed).Select(f => $"{f.Finding.Location.Describe()} {WithoutSharedStart(f.Finding.Message, kept.Message)}").ToList();
        if (listed.Count > 0) message.Append($"；另有 {listed.Count} 处：{string.Join("；", listed)}");
        var related = kept.RelatedLocations.Concat(folded.SelectMany(f => f.Finding.RelatedLocations.Prepend(f.Finding.Location)))
            .Where(l => !SamePlace(l, kept.Location)).DistinctBy(l => l.Place).ToList();
        return kept with { Message = message.ToString(), Related = related, MergedIds = kept.MergedIds.Concat(folded.Select(f => f.Finding.Id)).ToList(),
            FormerIds = kept.FormerIds.Concat(folded.SelectMany(f => f.Finding.FormerIds)).ToList() };
    }

    /// <summary>
    /// The message without the explanation it ends with when the kept message ends with it too (from a “：” or “；” outside
    /// brackets: “（差 0.10；表格位置 第328行）” is not cut in two).
    /// </summary>
    private static string WithoutSharedEnding(string message, string kept)
    {
        var shared = 0;
        while (shared < message.Length && shared < kept.Length && message[^(shared + 1)] == kept[^(shared + 1)]) shared++;
        for (var cut = message.IndexOfAny(['：', '；'], message.Length - shared); cut > 0; cut = message.IndexOfAny(['：', '；'], cut + 1))
        {
            if (ListItems.BracketDepth(message, 0, cut) == 0) return message[..cut];
        }
        return message;
    }

    /// <summary>The message without the lead it shares with the kept message (up to its last “：” there): “功能分类科目层级标注有误：X” → “X”.</summary>
    private static string WithoutSharedStart(string message, string kept)
    {
        var shared = 0;
        while (shared < message.Length && shared < kept.Length && message[shared] == kept[shared]) shared++;
        var cut = message.LastIndexOf('：', Math.Max(0, shared - 1));
        return cut >= 0 && cut < shared ? message[(cut + 1)..] : message;
    }

    private static bool SharePlace(Finding kept, Finding absorbed)
    {
        var keptPlaces = kept.RelatedLocations.Prepend(kept.Location).ToList();
        return absorbed.RelatedLocations.Prepend(absorbed.Location).Any(p => p.Source is not null && keptPlaces.Any(k => SamePlace(k, p)));
    }

    private static bool ShareValue(Finding kept, Finding absorbed)
    {
        decimal?[] a = { kept.Expected as decimal?, kept.Actual as decimal? }, b = { absorbed.Expected as decimal?, absorbed.Actual as decimal? };
        return a.OfType<decimal>().Intersect(b.OfType<decimal>()).Any();
    }

    private static bool ShareDifference(Finding kept, Finding absorbed, decimal slack) =>
        Values(kept) is var (k0, k1) && Values(absorbed) is var (a0, a1) && Math.Abs(k1 - k0 - (a1 - a0)) <= slack;

    /// <summary>The two compared values, smaller first; null unless both are numbers.</summary>
    internal static (decimal, decimal)? Values(Finding f) =>
        f is { Expected: decimal e, Actual: decimal a } ? (Math.Min(e, a), Math.Max(e, a)) : null;

    /// <summary>The names of the rows compared, without codes and ordinals (“208 社会保障和就业支出” and “八、社会保障和就业支出” are one).</summary>
    private static HashSet<string> RowNames(Finding f) =>
        f.RelatedLocations.Prepend(f.Location).Select(l => l.Row).OfType<string>()
            .Select(r => RowPrefix().Replace(r, string.Empty).Replace(" ", string.Empty)).Where(r => r.Length > 0).ToHashSet(StringComparer.Ordinal);

    internal static bool SamePlace(FindingLocation x, FindingLocation y) => x.Place == y.Place;

    /// <summary>True when both places are in the same table of the same file.</summary>
    internal static bool SameTable(FindingLocation x, FindingLocation y) => x.Table == y.Table && x.Source?.File == y.Source?.File;

    [GeneratedRegex(@"^\s*(?:\d+|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\d+\))\s*")]
    private static partial Regex RowPrefix();
}
