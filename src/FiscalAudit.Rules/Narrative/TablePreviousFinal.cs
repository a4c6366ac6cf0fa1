using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// 表七's 上年决算数 of a “三公” item, printed beside its 决算数 where a region prints last year's figures too (江苏 县级: 项目 | 上年决算数 |
/// 本年预算数 | 本年决算数): what a change “比上年减少Δ万元” of the item's 决算 must come from.
/// </summary>
internal static class TablePreviousFinal
{
    private static readonly string FinalPrefix = StandardColumns.Of(StandardColumns.Final, string.Empty);

    /// <summary>
    /// The 决算数 cell <paramref name="amount"/> restates and the name it goes by: its own, or, for a 决算 named only as such (“…预算为0.30万元，
    /// 支出决算为0万元，完成预算的0%”), that of the completion stated on it; null when neither is a 表七 决算数 cell.
    /// </summary>
    public static (string Name, LinkedCell Cell)? CurrentOf(NarrativeFact amount, IReadOnlyList<NarrativeFact> facts)
    {
        if (IsFinal(amount.Cell)) return (amount.Quantity, amount.Cell!);
        var completion = facts.FirstOrDefault(f => f.Kind == FactKind.Completion && f.Subject == amount && IsFinal(f.Cell));
        return completion is null ? null : (completion.Quantity, completion.Cell!);
    }

    /// <summary>The 上年决算数 cell in the row of the 决算数 cell <paramref name="current"/>, or null when the table prints none.</summary>
    public static LinkedCell? Beside(LinkedCell current) =>
        IsFinal(current) ? LinkedCell.Restated(current.Table, current.Row, StandardColumns.Of(StandardColumns.PreviousFinal, current.Column[FinalPrefix.Length..])) : null;

    private static bool IsFinal(LinkedCell? cell) => cell is not null && cell.Column.StartsWith(FinalPrefix, StringComparison.Ordinal);
}
