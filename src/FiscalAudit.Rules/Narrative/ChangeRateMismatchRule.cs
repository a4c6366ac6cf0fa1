using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Budget;
using FiscalAudit.Rules.Support;
using FiscalAudit.Rules.Tables;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3003: “增加Δ，增长X%” must satisfy X% = Δ ÷ (本年 − Δ) within printed precision. When the stated 本年
/// differs from its table cell (FA3001) and the rate agrees with the table's value, the rate is right and
/// only FA3001 is reported; otherwise the table's value is used for 本年. Where the text also states last year's
/// amount (“（上年为X万元）”), 本年 ∓ Δ must give it. A change measured against this year's budget (“较年初预算增加Δ”) is of that
/// budget, not of last year: with the budget stated, Δ must be 决算 − 预算 and X% Δ ÷ 预算 (<see cref="ChangeAgainstBudget"/>); without
/// it, 本年 ∓ Δ is the budget the message names. A table's 增减率 column must equal (本年 − 上年) ÷ 上年 of its row.
/// </summary>
public sealed class ChangeRateMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3003", "增减幅度计算错误", Severity.Error, RuleCategories.Narrative,
        "增减额和增减幅度是否与本年数、上年数相符。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in TableRateFindings.Wrong(disclosure, RateKind.Change, Rule)) yield return f;
        var facts = disclosure.Narrative.Facts;
        var budgets = new CompletionBudgets(disclosure);
        // A 上年决算数 panel of 表七 that does not add up (FA1010 reports it) is no base to judge the text's changes against.
        var previousPanelAddsUp = new Lazy<bool>(() => !new ThreePublicExpensesRule().Check(disclosure)
            .Any(f => f.Location.Column?.StartsWith(StandardColumns.PreviousFinal, StringComparison.Ordinal) == true));
        foreach (var c in facts.Where(f => f.Kind == FactKind.Change && !InUnresolvedSentence(disclosure, f)))
        {
            // “较年初预算增加Δ，增长X%” with the budget stated: Δ and X% are of that budget, not of last year.
            if (c.Against != ChangeBase.LastYear && budgets.Of(c) is { } budget)
            {
                if (ChangeAgainstBudget.Wrong(c, budget, budgets.AsMeant(c.SubjectCell), Rule) is { } againstBudget) yield return againstBudget;
                continue;
            }
            // A Δ that contradicts the stated last-year amount is the one problem of this statement (its rate follows from it).
            if (c.Against == ChangeBase.LastYear && (AgainstStatedPrevious(c, facts, budgets.AsMeant(c.SubjectCell)) ?? AgainstTablePrevious(disclosure, c) ?? (previousPanelAddsUp.Value ? AgainstPreviousFinal(facts, c, budgets.AsMeant(c.SubjectCell)) : null)) is Finding previousStated)
            {
                yield return previousStated;
                continue;
            }
            if (c.Percent is not PrintedNumber p || c.Amount is not PrintedNumber delta) continue;
            if (c.Subject is null)
            {
                // “公务接待费支出决算比上年减少1.00万元，下降20.00%” with no 决算 stated: 本年 is 表七's 决算数 of the item.
                if (budgets.AsMeant(c.SubjectCell) is { } own && Wrong(c, own.Number, delta, p) is { } fromTable)
                    yield return Report(c, c.Quantity, $"本年（按{own.Table.Label}“{own.Column}”）", own.Number, delta, p, fromTable, null, [RelatedPlaces.Cell(own)]);
                continue;
            }
            if (c.Subject.Amount is not PrintedNumber stated || Wrong(c, stated, delta, p) is null) continue;
            var table = c.Subject.Cell is { } cell && !PrintedNumber.SameQuantity(stated, cell.Number) ? cell : null;
            var current = table?.Number ?? stated;
            if (Wrong(c, current, delta, p) is not { } expected) continue;
            var source = table is null ? "本年" : $"本年（按{table.Table.Label}）";
            yield return Report(c, c.EachOf ?? c.Subject.Quantity, source, current, delta, p, expected, c.SubjectByName ? null : Severity.Warning,
                table is null ? RelatedPlaces.Statements(c.Subject) : new[] { RelatedPlaces.Cell(table) }) with { Bases = RelatedPlaces.Bases(c.Subject) };
        }
    }

    /// <summary>The finding of a rate <paramref name="p"/> that does not follow from Δ <paramref name="delta"/> and 本年 <paramref name="current"/> (named by <paramref name="source"/>).</summary>
    private static Finding Report(NarrativeFact c, string quantity, string source, PrintedNumber current, PrintedNumber delta, PrintedNumber p, string expected, Severity? severity, IReadOnlyList<FindingLocation> related)
    {
        var prev = current.Value - c.Direction * delta.Value;
        var from = c.Against == ChangeBase.LastYear ? "上年" : c.BudgetName;
        var money = MessageMoney.Of(current, delta);
        return Rule.Report(
            (FormattableString)$"“{quantity}”{source} {money.Amount(current)}，{(c.Direction < 0 ? "减少" : "增加")} {money.Amount(delta)}，{from}应为 {money.Worked(Amounts.Worked(prev, 2, current, delta), " 万元")}，变动率应为 {expected}，说明写为 {Ratios.Show(p)}",
            FindingLocation.At(c.Location), expected, Ratios.Show(p), severity, related);
    }

    /// <summary>
    /// “比上年增加（减少）10.00万元，增长（下降）4.35%”: with both alternatives left in (FA3016 reports them) the direction of the change
    /// is not stated, and no rate can be judged against it.
    /// </summary>
    private static bool InUnresolvedSentence(Disclosure disclosure, NarrativeFact change) =>
        disclosure.Narrative.Marks.Any(m => m.Kind == TextMarkKind.UnresolvedAlternative && m.Location.Line == change.Location.Line
            && m.Location.Page == change.Location.Page && m.Text.Split("”“").Any(piece => change.Sentence.Contains(piece, StringComparison.Ordinal)));

    /// <summary>
    /// “公务接待费支出12.00万元（上年为16.00万元），较上年减少3.00万元”, “…比上年减少0.60万元（上年为6.00万元）”: the text states
    /// last year's amount of the changed quantity, or of the change it follows; 本年 ∓ Δ must give it, and a rate stated without Δ (“上年为1200.00万元，增长25.00%”) is of their difference.
    /// With no 本年 stated (“公务接待费支出决算比上年减少1.00万元，上年为6.00万元”), 本年 is the change's table cell <paramref name="own"/> (表七 决算数).
    /// </summary>
    private static Finding? AgainstStatedPrevious(NarrativeFact c, IReadOnlyList<NarrativeFact> facts, LinkedCell? own)
    {
        var stated = PreviousYear.Stated(c, facts);
        if (stated?.Amount is not PrintedNumber previous) return null;
        if ((c.Subject ?? stated.Subject) is not { Amount: PrintedNumber current } subject)
        {
            return own is null ? null : AgainstPrevious(c, own.Number, previous,
                $"“{c.Quantity}”本年（按{own.Table.Label}“{own.Column}”） {Money(c, own.Number, previous).Amount(own.Number)}，说明所写上年为 {Money(c, own.Number, previous).Amount(previous)}", RelatedPlaces.StatementAndCell(stated, own));
        }
        var money = Money(c, current, previous);
        return AgainstPrevious(c, current, previous, $"“{subject.Quantity}”本年 {money.Amount(current)}，说明所写上年为 {money.Amount(previous)}", RelatedPlaces.Statements(subject, stated));
    }

    /// <summary>
    /// “2025年“三公”经费预算867.50万元，比上年预算减少30.00万元” in a budget whose “三公” table prints last year's figures beside this
    /// year's (<see cref="BudgetStatements.Previous"/>): 本年 ∓ Δ must give the 上年 cell, as it must give a last-year amount the text states.
    /// </summary>
    private static Finding? AgainstTablePrevious(Disclosure disclosure, NarrativeFact c)
    {
        if (c.Subject is not { Amount: PrintedNumber current } subject || BudgetStatements.Previous(disclosure, subject) is not { Number: PrintedNumber previous } cell) return null;
        var money = Money(c, current, previous);
        return AgainstPrevious(c, current, previous, $"“{subject.Quantity}”本年 {money.Amount(current)}，{cell.Describe()}为 {money.Amount(previous)}", [cell.Location]) is { } found ? found with { Bases = RelatedPlaces.Bases(subject) } : null;
    }

    /// <summary>
    /// “公务接待费支出决算为0万元，比上年减少0.25万元” in a 部门决算 whose 表七 prints 上年决算数 beside 决算数: 本年 ∓ Δ must give that
    /// cell. 本年 is the amount stated (or, with none, the change's 表七 决算数 <paramref name="own"/>).
    /// </summary>
    private static Finding? AgainstPreviousFinal(IReadOnlyList<NarrativeFact> facts, NarrativeFact c, LinkedCell? own)
    {
        var current = c.Subject is { } subject ? TablePreviousFinal.CurrentOf(subject, facts) : own is null ? null : (c.Quantity, own);
        if (current is not var (name, cell) || TablePreviousFinal.Beside(cell) is not { } previous) return null;
        var amount = c.Subject?.Amount is { } stated ? CellPrecision.Of(stated, cell) : cell.Number;
        var source = c.Subject is null ? $"本年（按{cell.Table.Label}“{cell.Column}”）" : "本年";
        var money = Money(c, amount, previous.Number);
        return AgainstPrevious(c, amount, previous.Number, $"“{name}”{source} {money.Amount(amount)}，{previous.Table.Label}“{previous.Column}”为 {money.Amount(previous.Number)}",
            [.. RelatedPlaces.Statements(c.Subject), RelatedPlaces.Cell(previous)]);
    }

    /// <summary>The change <paramref name="c"/> from last year's <paramref name="previous"/> to <paramref name="current"/>: the finding when its Δ (or its rate, stated without Δ) does not give one from the other.</summary>
    private static Finding? AgainstPrevious(NarrativeFact c, PrintedNumber current, PrintedNumber previous, string what, IReadOnlyList<FindingLocation> related)
    {
        var change = current.Value - previous.Value;
        if (c.Amount is not PrintedNumber delta)
        {
            if (c.Percent is not PrintedNumber p || previous.Value <= 0m || Ratios.Consistent((current.Interval - previous.Interval) * c.Direction, previous.Interval, p) != false) return null;
            var rate = $"{(change < 0 ? "下降" : "增长")} {Ratios.Percent(Math.Abs(change), previous.Value, p)}";
            var printedRate = $"{(c.Direction < 0 ? "下降" : "增长")} {Ratios.Show(p)}";
            return Rule.Report($"{what}，变动率应为{rate}，说明写为{printedRate}", FindingLocation.At(c.Location), rate, printedRate, related: related);
        }
        var implied = c.Direction < 0 ? current.Interval + delta.Interval : current.Interval - delta.Interval;
        if (implied.Overlaps(previous.Interval)) return null;
        // A previous amount restated from 元 (2.000000万元) gives the difference its decimals; printed without the trailing zeros.
        var worked = WorkedAmount.Difference(current, previous, Math.Max(current.Decimals, previous.Decimals));
        var direction = change < 0 ? "减少" : "增加";
        var money = Money(c, current, previous);
        var printed = $"{(c.Direction < 0 ? "减少" : "增加")} {money.Amount(delta)}";
        var shown = money.Worked(worked, "万元");
        return Rule.Report($"{what}，增减额应为{direction} {shown}，说明写为{printed}", FindingLocation.At(c.Location), $"{direction} {shown}", printed, related: related);
    }

    /// <summary>The unit of a message about the change <paramref name="c"/> from <paramref name="previous"/> to <paramref name="current"/>: 元 when each was printed in 元.</summary>
    private static MessageMoney Money(NarrativeFact c, PrintedNumber current, PrintedNumber previous) =>
        c.Amount is PrintedNumber delta ? MessageMoney.Of(current, previous, delta) : MessageMoney.Of(current, previous);

    /// <summary>The expected rate when the printed one is inconsistent with 本年 <paramref name="current"/>, else null.</summary>
    private static string? Wrong(NarrativeFact c, PrintedNumber current, PrintedNumber delta, PrintedNumber p)
    {
        var prior = c.Direction < 0 ? current.Interval + delta.Interval : current.Interval - delta.Interval;
        if (prior.Low <= 0m || Ratios.Consistent(delta.Interval, prior, p) != false) return null;
        return Ratios.Percent(delta.Value, current.Value - c.Direction * delta.Value, p);
    }
}
