using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// The budget a completion rate, or a change against a budget, is judged against. A budget the sentence states (“年初预算为0万元”,
/// “（年初预算为10.00万元）”, “预算为8.00万元”) is that budget, and no table figure replaces it. Otherwise 表七's 预算数 of the item is:
/// for a budget the text gives only by how much the 决算 exceeds or falls short of it (“决算数比预算数减少4.00万元，完成预算的75.00%”:
/// the Δ is then judged against the table too), or not at all (“公务接待费支出决算5.00万元，完成预算的62.50%”) — unless the rate is of the
/// 年初预算, which 表七's 预算数 (the 全年预算) is not. Cells of a table printed in another unit than it states are read as the table meant
/// them (<see cref="TableUnitScale"/>).
/// </summary>
internal sealed class CompletionBudgets
{
    /// <summary>The tables printed in another unit than they state, worked out when a cell is first read.</summary>
    private readonly Lazy<Dictionary<FiscalTable, decimal>> misprinted;

    public CompletionBudgets(Disclosure disclosure) =>
        misprinted = new(() => TableUnitScale.Of(disclosure).ToDictionary(m => m.Table, m => m.Factor));

    /// <summary>A budget judged against: its figure, the words naming it in a message, and the table cell it was read from (null when stated).</summary>
    public sealed record Compared(PrintedNumber Budget, string Name, LinkedCell? Cell);

    /// <summary>The cell as its table meant it: rescaled when the table is printed in another unit than it states.</summary>
    public LinkedCell? AsMeant(LinkedCell? cell) =>
        cell is not null && misprinted.Value.TryGetValue(cell.Table, out var factor) ? TableUnitScale.Rescaled(cell, factor) : cell;

    /// <summary>The budget <paramref name="fact"/> (a completion or a change against a budget) is of, or null when neither the text nor a table gives it.</summary>
    public Compared? Of(NarrativeFact fact)
    {
        var cell = fact.Against == ChangeBase.InitialBudget ? null : AsMeant(fact.BudgetCell);
        if (fact.Budget is { } stated && (fact.Derivation is null || cell is null)) return new Compared(stated, fact.BudgetName ?? "预算", null);
        return cell is null ? null : FromCell(fact, cell);
    }

    /// <summary>
    /// The budget of a completion that states none and whose 预算数 cell is left blank in a table printing no zero
    /// (<see cref="NarrativeFact.BlankBudgetCell"/>): an unprinted 0, its text empty; null otherwise.
    /// </summary>
    public Compared? Unprinted(NarrativeFact fact) =>
        fact.Budget is null && fact.Against != ChangeBase.InitialBudget && fact.BlankBudgetCell is { } cell ? FromCell(fact, cell) : null;

    private static Compared FromCell(NarrativeFact fact, LinkedCell cell)
    {
        var name = fact.Derivation is null ? fact.BudgetName ?? "预算" : "预算";
        return new Compared(cell.Number, $"{name}（{cell.Table.Label}“{cell.Column}”）", cell);
    }

    /// <summary>True when a budget stated in the text can be compared with <see cref="NarrativeFact.BudgetCell"/>: it was printed, not worked out, and is not a 年初预算 (表七's 预算数 is the 全年预算).</summary>
    public static bool RestatesCell(NarrativeFact fact) => fact.Derivation is null && fact.Against != ChangeBase.InitialBudget;
}
