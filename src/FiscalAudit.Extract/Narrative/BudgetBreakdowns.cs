using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Budgets broken down into budgets: “收入预算100万元，其中财政拨款预算80万元，事业收入预算20万元”, “支出预算合计250万元，其中：基本支出
/// 预算150万元，…”, “年初预算数32万元，其中：财政拨款32万元，其他资金0万元”, “年初预算100万元，其中：基本支出60万元，项目支出40万元”. The whole and its parts are amounts whose parts add up,
/// not budgets waiting for what was spent of them — unless what was spent follows one (“A项目预算50万元，执行48万元”).
/// </summary>
internal static class BudgetBreakdowns
{
    /// <summary>
    /// True when the budget figure at <paramref name="mentions"/>[<paramref name="i"/>], with no amount spent of it after it, opens a
    /// list of budgets (the list word follows it and the first part names no amount spent), or is a part of a list under a budget
    /// read so (<paramref name="whole"/> one of <paramref name="budgetWholes"/>).
    /// </summary>
    public static bool IsListed(string text, IReadOnlyList<NumberMention> mentions, int i, NarrativeFact? whole, IReadOnlySet<NarrativeFact> budgetWholes) =>
        !PendingBudgets.FollowedBySpent(text, mentions, i) && (whole is not null && budgetWholes.Contains(whole) || OpensList(text, mentions, i));

    /// <summary>
    /// The whole an amount whose label is <paramref name="raw"/> would be a part of: the last amount when the label opens a list
    /// (“其中：”, “其中财政拨款…”), else the whole of the list open, <paramref name="open"/>.
    /// </summary>
    public static NarrativeFact? WholeOf(string text, NarrativeFact? last, NarrativeFact? open, string raw, int labelBegin, char delimiter) =>
        OpensList(text, raw, labelBegin, delimiter) ? last : open;

    private static bool OpensList(string text, string raw, int labelBegin, char delimiter) =>
        Labels.OpensList(text, labelBegin, delimiter) || Labels.GluedListMarker(raw) is not null;

    /// <summary>
    /// The amount after the number at <paramref name="i"/> opens a list and is a budget, a part of spending by purpose or type
    /// (“其中：基本支出60万元”), or an amount named by no kind spent.
    /// </summary>
    private static bool OpensList(string text, IReadOnlyList<NumberMention> mentions, int i)
    {
        if (i + 1 >= mentions.Count || !mentions[i + 1].IsMoney) return false;
        var (begin, delimiter) = Labels.LabelStart(text, mentions[i + 1].Start, mentions[i].End);
        var raw = text[begin..mentions[i + 1].Start];
        if (!OpensList(text, raw, begin, delimiter) || Labels.ChangeDirection(raw) is not null || PendingBudgets.FollowedBySpent(text, mentions, i + 1)) return false;
        var label = Labels.Clean(raw);
        return Labels.IsBudgetLabel(raw) || AmountKinds.Default.NamesSpendingPart(label) || AmountKinds.Default.KindOf(label) != AmountKinds.Executed;
    }
}
