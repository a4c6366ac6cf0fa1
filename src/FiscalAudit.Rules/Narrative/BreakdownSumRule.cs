using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3005: the parts of a breakdown (“X，其中：A…，B…”) never exceed the whole, and an exhaustive breakdown
/// (every part carries a share and the shares total 100%, or the parts were introduced by “分别为/包括”) adds up
/// to the whole within rounding. Counts (“车辆6辆，其中：…”) are whole numbers and add up exactly. The money stated
/// with a count of items listed after it (“共3个项目，涉及资金500万元，具体情况如下：”, “预算数合计120万元，实际支出合计110万元，
/// 分别为：…”) is the sum of the amount of its kind each item states; so is each amount of a whole stated as amounts of several
/// kinds (“项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元，…”) against its parts, per kind. A change whose reasons
/// are stated as all of it, each signed (“增加5.36万元。原因是：一是…增加4.20万元；二是…增加1.16万元”), is their signed sum (<see cref="ReasonSums"/>).
/// </summary>
public sealed class BreakdownSumRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3005", "构成项与总数不符", Severity.Error, RuleCategories.Narrative,
        "列举的各项之和是否等于或不超过所述总数。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in ListedMoney(disclosure)) yield return f;
        foreach (var f in ReasonSums.Wrong(disclosure, Rule)) yield return f;
        var listed = ListedSums(disclosure);
        foreach (var f in KindedMoney(disclosure, listed)) yield return f;
        listed.UnionWith(KindedSums(disclosure));
        var facts = disclosure.Narrative.Facts;
        var shares = facts.Where(f => f.Kind == FactKind.Share && f.Whole is not null && f.WholeBy is not ("name" or "lead" or "bracket")).ToList();
        var wholes = facts.Where(f => f.Parts.Count > 0).Concat(shares.Select(s => s.Whole!)).Distinct();
        foreach (var whole in wholes)
        {
            if (whole.Amount is not PrintedNumber total || listed.Any(l => l.Amount == total.Text && Names(l.Label, whole.Quantity))) continue;
            var wholeValue = Value(whole);
            var ofWhole = shares.Where(s => s.Whole == whole).ToList();
            var parts = whole.Parts.Concat(ofWhole.Select(Ratios.EffectivePart).OfType<NarrativeFact>()).Distinct().Where(p => p.Amount is not null).ToList();
            if (parts.Count == 0) continue;
            var over = parts.Where(p => Value(p).Low > wholeValue.High).ToList();
            foreach (var part in over)
            {
                yield return Rule.Report(
                    $"“{part.Quantity}”{Show(part)}大于其总数“{whole.Quantity}”{Show(whole)}",
                    FindingLocation.At(part.Location), total.Value, part.Amount!.Value.Value, related: RelatedPlaces.Statements(whole));
            }
            // A part over its whole is the one cause of the sum over it too.
            if (over.Count > 0) continue;
            var sum = Interval.Sum(parts.Select(Value));
            // A list “包括：” whose items stand in numbered paragraphs of their own shows only its first item here.
            var exhaustive = Exhaustive(parts, ofWhole) || whole.PartsAreComplete && !whole.PartsAreExamples && parts.Count >= 2;
            if (sum.Overlaps(wholeValue) || !exhaustive && sum.High < wholeValue.Low) continue;
            var printed = parts.Sum(p => p.Amount!.Value.Value);
            var decimals = whole.Kind == FactKind.Count ? 0 : 2;
            var cited = parts.Select(p => p.Amount!.Value).Prepend(total).ToArray();
            // Money all printed in 元 is shown in 元 (“88000元 ≠ 所列构成之和 86000元（48000元＋0元＋38000元，差 2000元）”).
            var money = whole.Kind == FactKind.Count ? MessageMoney.Of() : MessageMoney.Of(cited);
            var former = string.Join("＋", parts.Select(p => Ratios.Show(p.Amount!.Value)));
            var list = new MessageMoney.Shown(money.InYuan ? string.Join("＋", parts.Select(p => MessageMoney.AsPrinted(p.Amount!.Value))) : former, former);
            var (sumText, difference) = (money.Worked(Amounts.Worked(printed, decimals, cited), string.Empty), money.Worked(Amounts.Worked(Math.Abs(printed - total.Value), decimals, cited), string.Empty));
            var stated = whole.Kind == FactKind.Count ? new MessageMoney.Shown(Show(whole), Show(whole)) : money.Amount(total);
            var message = exhaustive
                ? (FormattableString)$"“{whole.Quantity}”{stated} ≠ 所列构成之和 {sumText}（{list}，差 {difference}）"
                : (FormattableString)$"“{whole.Quantity}”{stated}小于所列各项之和 {sumText}（{list}，超出 {difference}）：所列各项都是它的组成部分，合计不能超过总数";
            yield return Rule.Report(
                message,
                FindingLocation.At(whole.Location), total.Value, printed, related: RelatedPlaces.Statements(parts));
        }
    }

    /// <summary>
    /// “共3个项目，涉及资金500.00万元，具体情况如下：” followed by the numbered items, each stating its one amount, or “预算数合计
    /// 120万元，实际支出合计110万元，分别为：A项目预算50万元、支出45万元；…”: every item is listed (the count agrees, and a list
    /// opened by “其中” or “主要包括” names as many items as the count), so the
    /// items' amounts of each kind add up to the sum of that kind stated. When the count disagrees with the items (FA3018), the
    /// items listed are still parts of the sum: their amounts may not exceed it (“对4个项目开展了绩效自评，涉及资金1,850.00万元，
    /// 分别为：…650.00万元、…420.00万元、…870.00万元”).
    /// </summary>
    private static IEnumerable<Finding> ListedMoney(Disclosure disclosure)
    {
        foreach (var list in disclosure.Narrative.Lists)
        {
            var every = list.Agrees && list.Count == list.Items.Count;
            foreach (var sum in list.Sums)
            {
                if (sum.Items is not { Count: >= 2 } items) continue;
                var listed = Interval.Sum(items.Select(Part));
                if (listed.Overlaps(sum.Stated.Interval) || !every && listed.High < sum.Stated.Interval.Low) continue;
                var shown = PrintedSums.Of(sum.Stated, items);
                var what = sum.Label.Length > 0 ? $"所述“{sum.Label}”" : "所述资金 ";
                yield return Rule.Report(
                    every
                        ? $"“{list.Text}”{what}{shown.Stated} ≠ 逐项列出的金额之和 {shown.Total}（{shown.List}，差 {shown.Difference}）"
                        : $"“{list.Text}”{what}{shown.Stated}小于逐项列出的金额之和 {shown.Total}（{shown.List}，超出 {shown.Difference}）：所列各项都是它的组成部分，合计不能超过总数",
                    FindingLocation.At(list.Location), sum.Stated.Value, items.Sum(a => a.Value));
            }
        }
    }

    /// <summary>Each part's amount at its statement, when every part has one: the bases the sum is worked out on.</summary>
    private static IReadOnlyList<FindingLocation> Bases(IReadOnlyList<PrintedNumber> items, IReadOnlyList<SourceLocation> places) =>
        items.Count == places.Count ? items.Zip(places, (item, place) => FindingLocation.At(place) with { Printed = item }).ToList() : Array.Empty<FindingLocation>();

    /// <summary>
    /// “项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元，B项目…”: each amount of the whole against the parts'
    /// amounts of its kind — equal when the list promises every part, else not exceeded. A sum also stated with a count of its
    /// items (<paramref name="listed"/>) is checked there.
    /// </summary>
    private static IEnumerable<Finding> KindedMoney(Disclosure disclosure, HashSet<(string Label, string Amount)> listed)
    {
        foreach (var breakdown in disclosure.Narrative.Breakdowns)
        {
            foreach (var (kind, sum, location) in breakdown.Sums)
            {
                if (sum.Items is not { Count: >= 2 } items || listed.Contains((sum.Label, sum.Stated.Text))) continue;
                var parts = Interval.Sum(items.Select(Part));
                if (parts.Overlaps(sum.Stated.Interval) || !breakdown.Complete && parts.High < sum.Stated.Interval.Low) continue;
                var shown = PrintedSums.Of(sum.Stated, items);
                yield return Rule.Report(
                    breakdown.Complete
                        ? $"“{breakdown.Text}”中的{kind}数{shown.Stated} ≠ 所列各项{kind}数之和 {shown.Total}（{shown.List}，差 {shown.Difference}）"
                        : $"“{breakdown.Text}”中的{kind}数{shown.Stated}小于所列各项{kind}数之和 {shown.Total}（{shown.List}，超出 {shown.Difference}）：所列各项都是它的组成部分，合计不能超过总数",
                    FindingLocation.At(location), sum.Stated.Value, items.Sum(a => a.Value), related: breakdown.ItemLocations.Select(FindingLocation.At).ToList())
                    with { Bases = Bases(items, breakdown.ItemLocations) };
            }
        }
    }

    /// <summary>The amounts of wholes checked against their parts of the same kind (<see cref="KindedMoney"/>): their breakdown as read sentence by sentence is not checked again.</summary>
    private static IEnumerable<(string Label, string Amount)> KindedSums(Disclosure disclosure) =>
        disclosure.Narrative.Breakdowns.SelectMany(b => b.Sums).Where(s => s.Sum.Items is { Count: >= 2 }).Select(s => (s.Sum.Label, s.Sum.Stated.Text));

    /// <summary>
    /// The sums stated with a count whose items' amounts are checked (<see cref="ListedMoney"/>), by words and printed amount:
    /// read as a breakdown too (“预算执行数合计100万元，分别为：A项目执行数45万元、预算数50万元；…”), they are checked once.
    /// </summary>
    private static HashSet<(string Label, string Amount)> ListedSums(Disclosure disclosure) =>
        disclosure.Narrative.Lists.SelectMany(l => l.Sums).Where(s => s.Items is not null).Select(s => (s.Label, s.Stated.Text)).ToHashSet();

    /// <summary>
    /// The words of a sum and the quantity of a whole name the same thing, one with more of the sentence before it
    /// (“本单位对涉及金额合计” and “对涉及金额合计”).
    /// </summary>
    private static bool Names(string label, string quantity) =>
        label.Length > 0 && quantity.Length > 0 && (label.EndsWith(quantity, StringComparison.Ordinal) || quantity.EndsWith(label, StringComparison.Ordinal));

    /// <summary>The values a printed amount may stand for; a count is exactly what it says.</summary>
    private static Interval Value(NarrativeFact f) =>
        f.Kind == FactKind.Count ? new Interval(f.Amount!.Value.Value, f.Amount!.Value.Value) : Part(f.Amount!.Value);

    /// <summary>
    /// The values a part printed as an amount may stand for: a part of nothing (“因公出国（境）费支出决算为0万元”) is exactly 0, not
    /// anything that rounds to 0 — else “0万元” would let the other parts exceed the whole by up to 0.5.
    /// </summary>
    private static Interval Part(PrintedNumber n) => n.Value == 0m ? new Interval(0m, 0m) : n.Interval;

    /// <summary>“2711.75万元”, “6辆”.</summary>
    private static string Show(NarrativeFact f) => f.Kind == FactKind.Count ? Ratios.Show(f.Amount!.Value) + f.Unit : Ratios.Amount(f.Amount!.Value);

    /// <summary>Every part has a share of this whole and the shares total 100% within their printed precision.</summary>
    private static bool Exhaustive(List<NarrativeFact> parts, List<NarrativeFact> shares)
    {
        if (shares.Count < 2 || parts.Any(p => shares.All(s => Ratios.EffectivePart(s) != p))) return false;
        var total = Interval.Sum(shares.Select(s => s.Percent!.Value.Interval));
        return total.Overlaps(new Interval(99.9m, 100.1m));
    }
}
