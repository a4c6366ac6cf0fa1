using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The budget figures of a sentence waiting for the 决算 and the rate they go with (“年初预算50万元，调整预算45万元，执行40万元，
/// 完成年初预算的80%”). A rate is of the budget its words name (年初预算, 调整预算), else of the one budget stated, or of the last
/// when all are budgets of one thing (“年初预算…，全年预算…”); budgets of different things (“培训费预算20万元，会议费预算10万元，
/// 实际支出28万元”) leave it unknown, as does a rate of 调整预算 after a 年初预算 of none with no other stated. A budget stated after
/// an amount starts anew. An increase during the year (“年中追加预算20万元”) after a 年初预算 of none or 0 is the adjusted budget;
/// after another 年初预算 the 年初预算 plus the increases, less the decreases (“年中调减15万元”), is the budget of a rate of 调整预算 or
/// 全年预算 when none is stated (“年初预算100万元，年中追加20万元，…完成全年预算的98.33%” is of 120), and a rate of no named budget is
/// of one not stated.
/// </summary>
internal sealed class PendingBudgets
{
    private readonly List<PendingBudget> budgets = new();

    /// <summary>How many amounts of the sentence were read before the budgets.</summary>
    public int AmountsBefore { get; private set; }

    public bool Any => budgets.Count > 0;

    /// <summary>What the budgets held are for (“办公费年初预算10万元，调整预算12万元” → “办公费”), empty when none is named.</summary>
    public string Subject => budgets.Select(b => Labels.BudgetSubject(b.Label)).FirstOrDefault(s => s.Length > 0) ?? string.Empty;

    /// <summary>Holds <paramref name="budget"/>, after <paramref name="amounts"/> amounts of the sentence were read.</summary>
    public void Add(PendingBudget budget, int amounts)
    {
        if (amounts > AmountsBefore) budgets.Clear();
        if (budgets.Count == 0) AmountsBefore = amounts;
        budgets.Add(budget);
    }

    /// <summary>
    /// Holds the change <paramref name="change"/> (an increase, or a decrease when its <see cref="PendingBudget.Sign"/> is −1) of the
    /// budgets held: an increase over a 年初预算 of none or 0 is the adjusted budget.
    /// </summary>
    public void AddChange(PendingBudget change, int amounts)
    {
        var overNone = change.Sign > 0 && budgets.Any(IsNone);
        Add(change with { Kind = overNone ? AmountKinds.AdjustedBudget : null, IsChange = !overNone }, amounts);
    }

    /// <summary>
    /// The adjusted budget worked out from the budgets held: the one non-zero 年初预算 plus the increases and less the decreases
    /// stated after it (“年初预算100万元，年中追加20万元” → 120, worked out as “年初预算100＋年中追加20”); null unless the budgets held
    /// are exactly such a 年初预算 and at least one change.
    /// </summary>
    public PendingBudget? WorkedOutAdjusted()
    {
        if (budgets.Count < 2 || budgets[0] is not { Kind: AmountKinds.InitialBudget, IsChange: false } initial || IsNone(initial)) return null;
        var changes = budgets.Skip(1).TakeWhile(b => b.IsChange).ToList();
        if (changes.Count == 0) return null;
        var sum = changes.Aggregate(initial.Mention.Number, (total, c) => PrintedNumber.Add(total, c.Mention.Number, c.Sign));
        var derivation = Printed(initial) + string.Concat(changes.Select(c => (c.Sign > 0 ? "＋" : "－") + Printed(c)));
        return initial with { Mention = initial.Mention with { Number = sum }, Kind = AmountKinds.AdjustedBudget, Derivation = derivation };
    }

    /// <summary>The adjusted budget stated after a 年初预算 and its changes (“…，年中追加20万元，全年预算120万元”), or null.</summary>
    public PendingBudget? StatedAdjusted() =>
        budgets.Count > 2 && budgets[^1] is { Kind: AmountKinds.AdjustedBudget, IsChange: false } stated && budgets[^2].IsChange ? stated : null;

    /// <summary>A budget figure as its label, without what it is for, and number say it (“会议费年中追加” → “年中追加20”).</summary>
    private static string Printed(PendingBudget b)
    {
        var subject = Labels.BudgetSubject(b.Label);
        var label = subject.Length > 0 && b.Label.StartsWith(subject, StringComparison.Ordinal) ? b.Label[subject.Length..] : b.Label;
        return label + NumberText.Normalize(b.Mention.Number.Text);
    }

    public void Clear() => budgets.Clear();

    /// <summary>A 年初预算 of none or 0.</summary>
    private static bool IsNone(PendingBudget budget) => budget.Kind == AmountKinds.InitialBudget && budget.Mention.Number.Value == 0m;

    /// <summary>
    /// “A项目预算50万元，执行48万元”: the amount after the budget at <paramref name="mentions"/>[<paramref name="i"/>] is named only by
    /// the words of what was spent (“执行”, “实际支出”, “执行数为”), so it is what was spent of that budget.
    /// </summary>
    public static bool FollowedBySpent(string text, IReadOnlyList<NumberMention> mentions, int i)
    {
        if (i + 1 >= mentions.Count || !mentions[i + 1].IsMoney) return false;
        var (begin, _) = Labels.LabelStart(text, mentions[i + 1].Start, mentions[i].End);
        var words = Labels.Clean(text[begin..mentions[i + 1].Start]);
        return AmountKinds.Default.IsWordOf(AmountKinds.Executed, words);
    }

    /// <summary>The budget a rate whose words are <paramref name="rateWords"/> (or a comparison) is of, or null when that is unknown.</summary>
    public PendingBudget? For(string rateWords)
    {
        if (budgets.Count == 0) return null;
        var named = AmountKinds.Default.KindOf(rateWords);
        if (named is AmountKinds.InitialBudget or AmountKinds.AdjustedBudget)
        {
            var ofKind = budgets.Where(b => b.Kind == named).ToList();
            if (ofKind is [var one]) return one;
            if (ofKind.Count == 0 && named == AmountKinds.AdjustedBudget && WorkedOutAdjusted() is { } worked) return worked;
            if (ofKind.Count == 0 && budgets.Any(IsNone)) return null;
        }
        if (budgets[^1].IsChange) return null;
        return budgets.Select(b => Labels.BudgetSubject(b.Label)).Where(s => s.Length > 0).Distinct().Count() <= 1 ? budgets[^1] : null;
    }
}

/// <summary>
/// A budget figure of a sentence: its number, label (“年初预算”), where it is stated and where its label begins; the kind of
/// budget it is (年初预算, 调整预算, 预算 — AmountKinds), and whether it is only a change (an increase or a decrease) of a budget.
/// </summary>
internal sealed record PendingBudget(NumberMention Mention, string Label, SourceLocation Location, int Start)
{
    public string? Kind { get; init; } = AmountKinds.Default.KindOf(Label);

    /// <summary>True for a change of a budget during the year (“年中追加20万元”, “调减15万元”) that is no budget of its own.</summary>
    public bool IsChange { get; init; }

    /// <summary>+1 for a budget or an increase, −1 for a decrease during the year (“年中调减15万元”).</summary>
    public int Sign { get; init; } = 1;

    /// <summary>
    /// For the adjusted budget worked out from a 年初预算 and its changes (<see cref="PendingBudgets.WorkedOutAdjusted"/>), how:
    /// “年初预算100＋年中追加20”; null for a budget printed.
    /// </summary>
    public string? Derivation { get; init; }

    /// <summary>For a budget of none stated without a figure, the words that say so as printed (“年初未安排预算”); null for a figure.</summary>
    public string? Words { get; init; }

    /// <summary>The words naming the kind of budget: as printed in the label, else its kind when it is of the start of the year or adjusted.</summary>
    public string? Name => AmountKinds.Default.BudgetNamedIn(Label) ?? (Kind is AmountKinds.InitialBudget or AmountKinds.AdjustedBudget ? Kind : null);
}
