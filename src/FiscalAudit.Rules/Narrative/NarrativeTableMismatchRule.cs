using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Budget;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3001: an amount (or the 预算 of a completion, or a count printed in a count cell: 表七's 决算数·公务用车保有量) stated in the text differs from the table cell it restates (restated in
/// 万元 when the table prints 元). A budget worked out rather than printed, or a 年初预算 (表七's 预算数 is the 全年预算), restates no cell. A table whose restated amounts differ by one unit factor is FA3020's: its cells are compared as the table meant them (rescaled).
/// </summary>
public sealed class NarrativeTableMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3001", "说明数字与表格不一致", Severity.Error, RuleCategories.Narrative,
        "情况说明复述的金额是否与表格中的数字一致。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var budgets = new CompletionBudgets(disclosure);
        foreach (var f in disclosure.Narrative.Facts)
        {
            if (f.Amount is { } a && Mismatch(f, Named(f), a, new[] { f.Cell ?? ItemCell(disclosure, f) }.Concat(f.AlsoCells).Select(budgets.AsMeant)) is { } amount) yield return amount;
            if (f.Budget is { } b && CompletionBudgets.RestatesCell(f) && Mismatch(f, f.Quantity + "预算", b, new[] { budgets.AsMeant(f.BudgetCell) }) is { } budget) yield return budget;
            if (f is { CountCell: { } cell, Amount: { } n } && !PrintedNumber.SameQuantity(n, cell.Number))
            {
                yield return Rule.Report(
                    $"情况说明“{f.Quantity}”{Ratios.Show(n)}{f.Unit} ≠ {cell.Table.Label}{Name(cell)} {Ratios.Show(cell.Number)}（表格位置 {cell.Location.Describe()}）",
                    FindingLocation.At(f.Location), cell.Number.Value, n.Value, related: [RelatedPlaces.Cell(cell)]);
            }
        }
    }

    /// <summary>One finding for a stated amount that differs from the cells it restates (“收、支总计” restates two).</summary>
    private static Finding? Mismatch(NarrativeFact f, string quantity, PrintedNumber a, IEnumerable<LinkedCell?> cells)
    {
        var differing = cells.OfType<LinkedCell>().Where(c => !PrintedNumber.SameQuantity(a, c.Number)).ToList();
        if (differing.Count == 0) return null;
        var c = differing[0];
        var also = string.Concat(differing.Skip(1).Select(o => $"；{Name(o)} {Shown(o.Number)}"));
        return Rule.Report(
            (FormattableString)$"情况说明“{quantity}”{Ratios.Amount(a)} ≠ {c.Table.Label}{Name(c)} {Shown(c.Number)}（差 {Amounts.Worked(Math.Abs(a.Value - c.Number.Value), 2, a, c.Number)}；表格位置 {c.Location.Describe()}{also}）",
            FindingLocation.At(f.Location), c.Number.Value, a.Value, related: differing.Select(RelatedPlaces.Cell).ToList());
    }

    /// <summary>
    /// “行政运行（项）：年初预算为A万元，支出决算为B万元” of a 部门决算, with or without a completion rate: the 表五 row of the 科目
    /// the completion (or the 支出决算 amount, also “行政运行（项）支出决算为B万元”) explains, found as a budget's 功能分类 line is
    /// (<see cref="ClassificationRows"/>); null when no row or several rows are that 科目. A budget's lines are FA6401's. An amount named
    /// by a 科目's name alone (“一般公共服务支出176.99万元”, “其中：行政运行45.60万元”) restates the row of that name in the table its
    /// section scopes, when the name is printed at one level there (<see cref="ClassificationRows.PlainName"/>).
    /// </summary>
    internal static LinkedCell? ItemCell(Disclosure disclosure, NarrativeFact f)
    {
        if (f.Classification.Count > 0 && (f.Kind == FactKind.Completion || f.Kind == FactKind.Amount && disclosure.Kind != DocumentKind.Budget))
            return Restated(ClassificationRows.Cells(disclosure, f));
        if (f.Kind != FactKind.Amount || disclosure.Kind == DocumentKind.Budget || ClassificationRows.PlainName(disclosure, f) is not { Count: > 0 } parts) return null;
        return Restated(ClassificationRows.Cells(disclosure, parts, f.Sentence, f.Location, f.Section, f.Whole?.Quantity));
    }

    private static LinkedCell? Restated(IReadOnlyList<CellRef> cells) => cells.FirstOrDefault() is { } c ? LinkedCell.Restated(c.Table, c.Row, c.Column) : null;

    /// <summary>True for a fact of the 科目 printed before its figures (“行政运行（项）：…支出决算为B万元”), not in its own label.</summary>
    private static bool ExplainsItem(NarrativeFact f) =>
        f.Classification.Count > 0 && !f.Quantity.Contains(f.Classification[^1].Name, StringComparison.Ordinal);

    /// <summary>
    /// The quantity as printed, or for a completion or 支出决算 printed after its 科目 (“行政运行（项）：年初预算为…”) the 科目's
    /// 支出决算 (“行政运行（项）支出决算”, “行政运行（项）决算数”).
    /// </summary>
    private static string Named(NarrativeFact f) =>
        ExplainsItem(f) ? $"{f.Classification[^1].Name}（{ClassificationPart.Mark(f.Classification[^1].Level)}）{(f.Kind == FactKind.Amount ? f.Quantity : "支出决算")}" : f.Quantity;

    /// <summary>A cell's figure, with what the table printed when it was restated in 万元.</summary>
    private static string Shown(PrintedNumber n) => n.ConvertedFrom is null ? Ratios.Show(n) : MoneyUnits.Show(n, LinkedCell.NarrativeUnit);

    /// <summary>“总计”金额, or 支出方“总计”合计 for a two-sided table.</summary>
    private static string Name(LinkedCell c) => $"{(c.Row.Side is { } side ? side + "方" : string.Empty)}“{c.Row.Label}”{c.Column}";
}
