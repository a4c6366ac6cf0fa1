using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The budget figures of a sentence waiting for the 决算 and the rate they go with (“年初预算50万元，调整预算45万元，执行40万元，
/// 完成年初预算的80%”). A rate is of the budget its words name (年初预算, 调整预算), else of the one budget stated, or of the last
/// when all are budgets of one thing (“年初预算…，全年预算…”); budgets of different things (“培训费预算20万元，会议费预算10万元，
/// 实际支出28万元”) leave it unknown. A budget stated after an amount starts anew.
/// </summary>
internal sealed class PendingBudgets
{
    private readonly List<PendingBudget> budgets = new();

    /// <summary>How many amounts of the sentence were read before the budgets.</summary>
    public int AmountsBefore { get; private set; }

    public bool Any => budgets.Count > 0;

    /// <summary>Holds <paramref name="budget"/>, after <paramref name="amounts"/> amounts of the sentence were read.</summary>
    public void Add(PendingBudget budget, int amounts)
    {
        if (amounts > AmountsBefore) budgets.Clear();
        if (budgets.Count == 0) AmountsBefore = amounts;
        budgets.Add(budget);
    }

    public void Clear() => budgets.Clear();

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
        var kinds = AmountKinds.Default;
        if (kinds.KindOf(rateWords) is AmountKinds.InitialBudget or AmountKinds.AdjustedBudget && budgets.Where(b => kinds.KindOf(b.Label) == kinds.KindOf(rateWords)).ToList() is [var named]) return named;
        return budgets.Select(b => Subject(b.Label)).Distinct().Count() == 1 ? budgets[^1] : null;
    }

    /// <summary>What a budget is for: its label before the first word of a kind of budget (“培训费预算” → “培训费”, “年初预算” → “”).</summary>
    private static string Subject(string label)
    {
        var words = AmountKinds.Default.All.Where(k => k.Kind != AmountKinds.Executed).SelectMany(k => k.Words);
        var at = words.Select(w => label.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(label.Length).Min();
        return label[..at];
    }
}

/// <summary>A budget figure of a sentence: its number, label (“年初预算”), where it is stated and where its label begins.</summary>
internal sealed record PendingBudget(NumberMention Mention, string Label, SourceLocation Location, int Start);
