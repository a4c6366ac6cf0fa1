using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Pairs the sums stated with a count (“预算数合计120万元，实际支出合计110万元”) with the amounts each listed item states
/// (“A项目预算50万元、支出45万元”, “A项目（年初预算50万元，执行45万元）”): by the kind of amount its last words name (预算,
/// 年初预算, 调整预算, 执行; not a name that holds such a word, “预算绩效管理经费”), else by position when every item states as
/// many amounts as there are sums. Last year's figure in brackets (“（上年为45万元）”) is none of an item's amounts.
/// </summary>
internal sealed class ListedSums
{
    private readonly AmountKinds kinds;

    public ListedSums(AmountKinds amountKinds) => kinds = amountKinds;

    /// <summary>
    /// The sums <paramref name="stated"/> (each with the words before its amount) paired with the amounts of <paramref name="items"/>,
    /// the bare zeros of both read as their paragraph's <paramref name="nones"/>.
    /// </summary>
    public IReadOnlyList<ListedSum> Pair(IReadOnlyList<(string Label, PrintedNumber Amount)> stated, IReadOnlyList<string> items, StatedNones nones)
    {
        var amounts = items.Select(i => Amounts(i, nones)).ToList();
        return stated.Select((s, i) => new ListedSum(s.Label, nones.Read(s.Amount), ItemAmounts(stated, i, amounts))).ToList();
    }

    /// <summary>The amount of the kind of sum <paramref name="index"/> in each item, or null when one item has none (or several) of it.</summary>
    private List<PrintedNumber>? ItemAmounts(IReadOnlyList<(string Label, PrintedNumber Amount)> stated, int index, List<List<(string Label, PrintedNumber Amount)>> items)
    {
        var kind = kinds.KindAtEnd(stated[index].Label);
        var found = new List<PrintedNumber>();
        foreach (var amounts in items)
        {
            var same = kind is null ? new() : amounts.Where(a => kinds.KindAtEnd(a.Label) == kind).ToList();
            if (same.Count == 1) found.Add(same[0].Amount);
            else if (same.Count == 0 && amounts.Count == stated.Count) found.Add(amounts[index].Amount);
            else return null;
        }
        return found;
    }

    /// <summary>The money amounts an item states, each with its words since the previous number or the item's start.</summary>
    private static List<(string Label, PrintedNumber Amount)> Amounts(string item, StatedNones nones)
    {
        var found = new List<(string, PrintedNumber)>();
        var from = 0;
        foreach (var m in NumberScanner.Scan(item))
        {
            if (m.IsMoney && !Labels.IsPreviousYearAside(item, m.Start)) found.Add((item[from..m.Start], nones.Read(m.Number)));
            from = m.End;
        }
        return found;
    }
}
