using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// A change measured against this year's stated budget (“年初预算为0.36万元，支出决算为0.48万元，较年初预算增加0.12万元，增长33.33%”):
/// Δ must be 决算 − 预算 and its rate Δ ÷ 预算, within the rounding of the printed numbers. A 决算 whose statement differs from its
/// table cell (FA3001 reports that) is no error of the change when the cell makes it right. With no budget stated, 表七's 预算数 of a
/// “三公” item is the budget (<see cref="CompletionBudgets"/>).
/// </summary>
internal static class ChangeAgainstBudget
{
    /// <summary>
    /// The finding of <paramref name="rule"/> for change <paramref name="c"/> when its Δ or its rate does not follow from its 决算 and
    /// <paramref name="compared"/> (the budget stated, or 表七's), else null. With no 决算 stated (“公务接待费支出决算比预算减少3.00万元”),
    /// the 决算 is the change's table cell <paramref name="own"/> (表七 决算数).
    /// </summary>
    public static Finding? Wrong(NarrativeFact c, CompletionBudgets.Compared compared, LinkedCell? own, RuleDescriptor rule)
    {
        var budget = compared.Budget;
        if (c.Subject is null && own is not null) return FromTable(c, compared, own, rule);
        if (c.Subject is not { Amount: PrintedNumber actual } subject) return null;
        var wrong = Mistakes(c, actual, budget);
        if (wrong.Count == 0) return null;
        if (subject.Cell is { } cell && !PrintedNumber.SameQuantity(actual, cell.Number) && Mistakes(c, cell.Number, budget).Count == 0) return null;
        var message = $"“{subject.Quantity}”{Ratios.Amount(actual)}，{compared.Name}{Ratios.Amount(budget)}：" + string.Join("；", wrong.Select(w => w.Message));
        return rule.Report(message, FindingLocation.At(c.Location), string.Join("；", wrong.Select(w => w.Expected)), string.Join("；", wrong.Select(w => w.Printed)),
            c.SubjectByName ? null : Severity.Warning, RelatedPlaces.StatementAndCell(subject, compared.Cell)) with { Bases = RelatedPlaces.Bases(subject) };
    }

    /// <summary>The finding when the change's Δ or rate does not follow from 表七's 决算数 <paramref name="own"/> and the budget.</summary>
    private static Finding? FromTable(NarrativeFact c, CompletionBudgets.Compared compared, LinkedCell own, RuleDescriptor rule)
    {
        var wrong = Mistakes(c, own.Number, compared.Budget);
        if (wrong.Count == 0) return null;
        var message = $"“{c.Quantity}”决算（按{own.Table.Label}“{own.Column}”）{Ratios.Amount(own.Number)}，{compared.Name}{Ratios.Amount(compared.Budget)}：" + string.Join("；", wrong.Select(w => w.Message));
        IReadOnlyList<FindingLocation> related = compared.Cell is { } cell ? [RelatedPlaces.Cell(own), RelatedPlaces.Cell(cell)] : [RelatedPlaces.Cell(own)];
        return rule.Report(message, FindingLocation.At(c.Location), string.Join("；", wrong.Select(w => w.Expected)), string.Join("；", wrong.Select(w => w.Printed)), related: related);
    }

    /// <summary>What of the change's Δ and rate does not follow from <paramref name="actual"/> and <paramref name="budget"/>: each with its expected and printed words.</summary>
    private static List<(string Message, string Expected, string Printed)> Mistakes(NarrativeFact c, PrintedNumber actual, PrintedNumber budget)
    {
        var found = new List<(string, string, string)>();
        var difference = actual.Interval - budget.Interval;
        var change = actual.Value - budget.Value;
        var formula = $"决算{Ratios.Show(actual)} − {c.BudgetName}{Ratios.Show(budget)}";
        if (c.Amount is PrintedNumber delta && !(delta.Interval * c.Direction).Overlaps(difference))
        {
            var expected = $"{Verb(Math.Sign(change), "增加", "减少")} {PrintedNumber.Format(Math.Abs(change), Math.Max(actual.Decimals, budget.Decimals))}万元";
            var printed = $"{Verb(c.Direction, "增加", "减少")} {Ratios.Amount(delta)}";
            found.Add(($"较{c.BudgetName}的增减额应为{expected}（{formula}），说明写为{printed}", expected, printed));
        }
        if (c.Percent is PrintedNumber p && budget.Value > 0m && Ratios.Consistent(difference * c.Direction, budget.Interval, p) == false)
        {
            var expected = $"{Verb(Math.Sign(change), "增长", "下降")} {Ratios.Percent(Math.Abs(change), budget.Value, p)}";
            var printed = $"{Verb(c.Direction, "增长", "下降")} {Ratios.Show(p)}";
            found.Add(($"较{c.BudgetName}的变动率应为{expected}（({formula}) ÷ {c.BudgetName}{Ratios.Show(budget)}），说明写为{printed}", expected, printed));
        }
        return found;
    }

    private static string Verb(int sign, string rising, string falling) => sign < 0 ? falling : rising;
}
