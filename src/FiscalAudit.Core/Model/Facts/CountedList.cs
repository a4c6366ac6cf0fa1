using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// A count stated together with the items it counts: “设13个内设机构，分别为：办公室、预算科…”, “将电费、…、驻村帮扶
/// 费用8个项目纳入绩效评价”, “共开展三个项目的绩效自评，分别是：” followed by numbered paragraphs or a numbered table.
/// </summary>
/// <param name="Count">The number stated (“三个” → 3).</param>
/// <param name="Items">The items as listed (names, or the first words of numbered items).</param>
/// <param name="Joined">Items that may name two (“A和B”): the list may count up to this many more.</param>
/// <param name="Partial">The list gives only some items (“主要包括”, “…等8个项目”).</param>
/// <param name="Text">The statement of the count as printed (“设13个内设机构”).</param>
/// <remarks>
/// <see cref="Sums"/> are the sums of money stated with the count (“共3个项目，涉及资金500.00万元，具体情况如下：”, “…预算数合计
/// 120万元，实际支出合计110万元，分别为：…”), each with the amount of its kind each listed item states.
/// </remarks>
public sealed record CountedList(int Count, IReadOnlyList<string> Items, int Joined, bool Partial, string Text, SourceLocation Location)
{
    /// <summary>True when the listed items can be the stated count (at most it, for a partial list).</summary>
    public bool Agrees => Partial ? Items.Count <= Count : Items.Count <= Count && Count <= Items.Count + Joined;

    public IReadOnlyList<ListedSum> Sums { get; init; } = Array.Empty<ListedSum>();
}

/// <summary>
/// A sum stated with a count (“预算数合计120万元”): its words before the amount, the amount, and the amount of the same kind
/// each listed item states (“A项目预算50万元、支出45万元” gives 50 to a 预算 sum), or null when an item states none or it is unclear which.
/// </summary>
public sealed record ListedSum(string Label, Numbers.PrintedNumber Stated, IReadOnlyList<Numbers.PrintedNumber>? Items);
