using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3002: “占X%” must equal part ÷ whole within printed precision. The whole is the breakdown's total, the
/// paragraph's subject, or an earlier amount with the base's name; a 款's share of no base (or of “本类支出”) within a named 类 is
/// of that 类's table row (<see cref="ClassShares"/>); when none is known, shares of one base
/// in one paragraph must imply the same base (one outlier among agreeing siblings is reported), and shares of
/// one base (or of no base, in one sentence) that add up to 100 are shares of the sum of their parts. A share one
/// unit off whose siblings print 100 in total is only 提示 (adjusted to reach 100), unless the right values
/// add up to 100 as well. A table's 占比 column must equal the row's amount ÷ the 合计 row's.
/// </summary>
public sealed class ShareMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3002", "占比计算错误", Severity.Error, RuleCategories.Narrative,
        "说明和表格中的占比是否等于部分除以整体。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in TableRateFindings.Wrong(disclosure, RateKind.Share, Rule)) yield return f;
        foreach (var f in Budget.TableShares.Wrong(disclosure, Rule)) yield return f;
        // A share stating neither amount (no subject) is the tables' to check (above), not the text's.
        var shares = disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Share && f.Percent is not null && f.Subject is not null).ToList();
        var wrong = shares.Where(s => s.Whole is not null).Select(s => (Share: s, Finding: Checked(s, shares))).Where(x => x.Finding is not null).ToList();
        foreach (var group in wrong.GroupBy(x => x.Share.Whole).Select(g => g.Select(x => (x.Share, x.Finding!)).ToList()))
        {
            if (OnOneWrongBase(group, disclosure.Narrative.Facts) is Finding one) yield return one;
            else foreach (var (s, f) in group) yield return f with { Bases = RelatedPlaces.Bases(s.Whole, Ratios.EffectivePart(s)) };
        }
        // Shares of a 款 within the 类 its sentence or part names (“卫生健康支出（类）中，…（款）4.95万元，占100%”) are of the 类's row.
        var ofClass = shares.Where(s => s.Whole is null).Select(s => (Share: s, Class: ClassShares.WholeOf(disclosure, s)))
            .Where(x => x.Class is not null).Select(x => (x.Share, Class: x.Class!)).ToList();
        foreach (var (s, cell) in ofClass)
        {
            if (OfClass(s, cell, ofClass) is Finding f) yield return f;
        }
        // Shares of no named base and no whole (“基本支出…占75%；项目支出…占25%”) are grouped by sentence.
        foreach (var group in shares.Where(s => s.Whole is null && !ofClass.Any(x => x.Share == s)).GroupBy(s => (s.Paragraph, s.Base, string.IsNullOrEmpty(s.Base) ? s.Sentence : null)))
        {
            var list = group.ToList();
            foreach (var f in OfTheirSum(list)) yield return f;
            if (Outlier(list) is Finding o) yield return o;
        }
    }

    private static Finding? Checked(NarrativeFact s, List<NarrativeFact> shares)
    {
        var whole = s.Whole!.Amount!.Value;
        var part = Ratios.EffectivePart(s);
        if (part?.Amount is not PrintedNumber a || whole.Value == 0m) return null;
        var siblings = shares.Where(o => o.Whole == s.Whole).Select(o => (Ratios.EffectivePart(o)?.Amount, o.Percent!.Value)).ToList();
        var money = MessageMoney.Of(a, whole);
        return Mismatch(s, a, whole.Value, whole.Interval, siblings, $"“{part.Quantity}”{money.Amount(a)}占“{s.Whole.Quantity}”{money.Amount(whole)}",
            s.WholeBy == "name" ? Severity.Warning : Severity.Error, RelatedPlaces.Statements(s.Whole, part == s.Subject ? null : part));
    }

    /// <summary>A share of a 款 worked out on the amount of its 类 (<paramref name="cell"/>), its siblings the shares of the same 类.</summary>
    private static Finding? OfClass(NarrativeFact s, LinkedCell cell, List<(NarrativeFact Share, LinkedCell Class)> ofClass)
    {
        if (s.Subject?.Amount is not PrintedNumber a || cell.Number.Value == 0m) return null;
        var siblings = ofClass.Where(x => x.Class.Row == cell.Row).Select(x => (x.Share.Subject!.Amount, x.Share.Percent!.Value)).ToList();
        return Mismatch(s, a, cell.Number.Value, cell.Number.Interval, siblings,
            $"“{s.Subject.Quantity}”{Ratios.Amount(a)}占{cell.Table.Label}“{cell.Row.Label}”{Ratios.Amount(cell.Number)}", Severity.Error, new[] { RelatedPlaces.Cell(cell) });
    }

    /// <summary>
    /// Several shares of one whole, each wrong, that all give one other base (“占86.64%”“占5.21%”“占2.42%” of 192.58 are right
    /// for 204.29): one base mistaken, one finding naming the base they were worked out on (an amount the explanation states, when
    /// one fits); null when they give different bases.
    /// </summary>
    private static Finding? OnOneWrongBase(List<(NarrativeFact Share, Finding Finding)> group, IReadOnlyList<NarrativeFact> facts)
    {
        if (group.Count < 2 || group.Any(x => x.Finding.Severity != Severity.Error)) return null;
        var implied = group.Select(x => Ratios.EffectivePart(x.Share)?.Amount is { Value: > 0m } a && x.Share.Percent!.Value.Value > 0m
            ? Interval.Divide(a.Interval, x.Share.Percent!.Value.Fraction) : null).ToList();
        if (implied.Any(i => i is null)) return null;
        var common = implied.Select(i => i!.Value).Aggregate((x, y) => x.Meet(y));
        var whole = group[0].Share.Whole!;
        if (common.Low > common.High || common.Overlaps(whole.Amount!.Value.Interval)) return null;
        var first = group[0].Finding;
        var stated = facts.FirstOrDefault(f => f.Kind == FactKind.Amount && f.Amount is PrintedNumber a && a.Interval.Overlaps(common) && !string.IsNullOrEmpty(f.Quantity));
        var used = stated is null ? $"约 {PrintedNumber.Format(common.Mid, 2)} 万元" : $"“{stated.Quantity}”{Ratios.Amount(stated.Amount!.Value)}";
        var message = $"{group.Count} 项占比均按{used}计算，而“{whole.Quantity}”为 {Ratios.Amount(whole.Amount!.Value)}（基数有误）："
            + string.Join("；", group.Select(x => x.Finding.Message));
        return first with
        {
            Message = message,
            Expected = whole.Amount!.Value.Value,
            Actual = PrintedNumber.RoundLike(common.Mid, 2),
            Related = group.SelectMany(x => x.Finding.RelatedLocations.Prepend(x.Finding.Location)).Where(l => l.Place != first.Location.Place).DistinctBy(l => l.Place).ToList(),
            Bases = group.SelectMany(x => RelatedPlaces.Bases(x.Share.Whole, Ratios.EffectivePart(x.Share))).DistinctBy(l => l.Place).ToList(),
        };
    }

    /// <summary>
    /// Shares of one named base whose printed percentages add up to 100 (“因公出国…占“三公”经费的18.85%；…54.43%；…26.72%”)
    /// name every part of it: the base is the sum of the parts.
    /// </summary>
    private static IEnumerable<Finding> OfTheirSum(List<NarrativeFact> group)
    {
        if (group.Count < 2 || group.Sum(s => s.Percent!.Value.Value) != 100m || group.Any(s => s.Subject?.Amount is null)) yield break;
        var parts = group.Select(s => s.Subject!.Amount!.Value).ToList();
        var total = parts.Sum(a => a.Value);
        if (total <= 0m) yield break;
        var whole = Interval.Sum(parts.Select(a => a.Interval));
        var siblings = group.Select(s => ((PrintedNumber?)s.Subject!.Amount, s.Percent!.Value)).ToList();
        foreach (var s in group)
        {
            var a = s.Subject!.Amount!.Value;
            FormattableString name = $"“{s.Quantity}”{Ratios.Amount(a)}占{BaseName(s)}（各项合计 {Amounts.Worked(total, PrintedNumber.MaxDecimals(parts), [.. parts])} 万元）";
            // Worked out on every part: one of them mistyped (FA6402 against its table) is the cause of each share, told once.
            if (Mismatch(s, a, total, whole, siblings, name, Severity.Error, RelatedPlaces.Statements(group.Where(o => o != s))) is Finding f)
                yield return f with { Bases = RelatedPlaces.Bases([.. group.Select(o => o.Subject)]) };
        }
    }

    /// <summary>The base a share names, “总数” when it names none (“占75%”).</summary>
    private static string BaseName(NarrativeFact share) => string.IsNullOrEmpty(share.Base) ? "总数" : share.Base;

    /// <summary>The finding when part ÷ whole cannot give the printed share; 提示 when the siblings were adjusted to reach 100.</summary>
    private static Finding? Mismatch(NarrativeFact s, PrintedNumber a, decimal total, Interval whole, List<(PrintedNumber? Part, PrintedNumber Percent)> siblings, FormattableString what, Severity severity, IReadOnlyList<FindingLocation>? related)
    {
        var p = s.Percent!.Value;
        if (Ratios.Consistent(a.Interval, whole, p) != false) return null;
        var expected = Ratios.Percent(a.Value, total, p);
        var forced = siblings.Count > 1 && siblings.Sum(o => o.Percent.Value) == 100m && RoundedSum(siblings, total) != 100m
            && Interval.Divide(a.Interval, whole) is Interval q && q.GapTo(p.Fraction) * 100m <= PrintedNumber.Unit(p.Decimals);
        var note = forced ? "；各项占比合计为100%，可能为凑整调整" : string.Empty;
        return Rule.Report((FormattableString)$"{what}的比例应为 {expected}，说明写为 {Ratios.Show(p)}{note}",
            FindingLocation.At(s.Location), expected, Ratios.Show(p), forced ? Severity.Info : severity, related);
    }

    /// <summary>
    /// The sum of the shares rounded right (each to its printed decimals); null when a part is unknown. When
    /// it is 100 already, no share needed adjusting to reach 100, and a share one unit off is simply wrong.
    /// </summary>
    private static decimal? RoundedSum(List<(PrintedNumber? Part, PrintedNumber Percent)> siblings, decimal whole)
    {
        var sum = 0m;
        foreach (var (part, percent) in siblings)
        {
            if (part is not PrintedNumber a) return null;
            sum += PrintedNumber.RoundLike(a.Value / whole * 100m, percent.Decimals);
        }
        return sum;
    }

    /// <summary>Among shares of one named base, one whose implied base disagrees with all agreeing others.</summary>
    private static Finding? Outlier(List<NarrativeFact> group)
    {
        var implied = group
            .Where(s => s.Subject?.Amount is { Value: > 0m } && s.Percent!.Value.Value > 0m)
            .Select(s => (Share: s, Base: Interval.Divide(s.Subject!.Amount!.Value.Interval, s.Percent!.Value.Fraction)!.Value))
            .ToList();
        if (implied.Count < 4) return null;
        foreach (var (share, own) in implied)
        {
            var others = implied.Where(o => o.Share != share).Select(o => o.Base).ToList();
            var common = others.Aggregate((x, y) => x.Meet(y));
            if (common.Low > common.High || own.Overlaps(common)) continue;
            var a = share.Subject!.Amount!.Value;
            var p = share.Percent!.Value;
            var expected = Ratios.Percent(a.Value, common.Mid, p);
            return Rule.Report(
                (FormattableString)$"“{share.Quantity}”{Ratios.Amount(a)}“占{BaseName(share)}的{Ratios.Show(p)}”与同段其他占比不符：其他各项推算的{BaseName(share)}约为 {Amounts.Worked(common.Mid, 2, a)} 万元，按此应为 {expected}（按 {Ratios.Show(p)} 推算基数为 {Amounts.Worked(own.Mid, 2, a)} 万元）",
                FindingLocation.At(share.Location), expected, Ratios.Show(p), related: RelatedPlaces.Statements(group.Where(o => o != share)));
        }
        return null;
    }
}
