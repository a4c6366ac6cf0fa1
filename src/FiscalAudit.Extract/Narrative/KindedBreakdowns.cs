using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds wholes stated as amounts of several kinds followed by their parts, each part stating amounts of those kinds:
/// “项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元，B项目预算40万元，执行40万元”, “专项经费年初预算100万元，
/// 调整预算95万元，决算90万元，分别为：1.培训费…；2.会议费…”. The whole is the run of clauses before the list word (其中, 分别为,
/// 包括, 主要是 — list-leads.json), joined by “，” or “、”, each stating one amount (in 万元 or 元) whose last words name its kind
/// (counted-lists.json `amountKinds`), a rate between them or a bracket after one that states a rate or last year's figure left
/// aside (“执行率97.78%”, “执行88万元（执行率97.78%）”, “（上年为80万元）”); the parts are separated by “；”, “、” or “，” (where a
/// clause that names only a kind or states only a rate belongs to the part before it). Each amount of the whole is paired with
/// the parts' amounts of its kind (<see cref="ListedSums"/>); a whole of one amount is read here only when its parts state
/// amounts of two kinds or more. Each part is placed on the words it is printed as.
/// </summary>
internal sealed class KindedBreakdowns
{
    private static readonly string Breaks = Punctuation.ClauseBreaks + "、"; // the clause breaks, and the “、” its parts may be listed with

    private readonly AmountKinds kinds = AmountKinds.Default;
    private readonly ListedSums sums = new(AmountKinds.Default);
    private readonly AmountItems amountItems = new(AmountKinds.Default.All, Array.Empty<string>());

    /// <summary>Words after the last part that leave the list open (“…执行40万元等”): `partialEnds` of counted-lists.json.</summary>
    private readonly List<string> partialEnds = VocabularyFile.Load<Vocabulary>("counted-lists.json").PartialEnds;

    public static KindedBreakdowns Default { get; } = new();

    /// <summary>True when <paramref name="lastItem"/> ends with a word that leaves its list open (“…执行40万元等”).</summary>
    public bool LeavesOpen(string lastItem) => partialEnds.Any(lastItem.TrimEnd().EndsWith);

    /// <summary>The breakdowns stated in <paramref name="paragraph"/>, at most one per sentence.</summary>
    public IEnumerable<KindedBreakdown> Read(ParagraphBlock paragraph)
    {
        var text = paragraph.Text;
        for (var start = 0; start < text.Length;)
        {
            var end = ListItems.NextOutside(text, start, "。");
            if (InSentence(paragraph, start, end) is { } found) yield return found;
            start = end + 1;
        }
    }

    private KindedBreakdown? InSentence(ParagraphBlock paragraph, int sentenceStart, int sentenceEnd)
    {
        var text = paragraph.Text;
        for (var clause = sentenceStart; clause < sentenceEnd;)
        {
            var clauseEnd = ListItems.NextOutside(text, clause, Breaks);
            if (Lead(text, clause, clauseEnd) is var (wholeEnd, itemsStart, lead)
                && Read(paragraph, wholeEnd, itemsStart, sentenceEnd, lead, clause == sentenceStart) is { } found)
            {
                return found;
            }
            clause = clauseEnd + 1;
        }
        return null;
    }

    /// <summary>
    /// The list word of the clause [<paramref name="start"/>, <paramref name="end"/>): at its start (“其中：”, “其中A项目…”) or
    /// right after the unit of its amount (“决算90万元分别为：”); where the whole ends, where the parts start, and the word.
    /// </summary>
    private static (int WholeEnd, int ItemsStart, string Lead)? Lead(string text, int start, int end)
    {
        var clause = text[start..end];
        var trimmed = clause.TrimStart();
        var at = start + clause.Length - trimmed.Length;
        if (ListLeads.Default.AtStart(trimmed) is { Success: true } first) return (start, Skip(text, at + first.Length), first.Value);
        if (ListLeads.Default.AfterUnit(clause.TrimEnd()) is { Success: true } after) return (start + after.Groups["lead"].Index, Skip(text, start + after.Groups["lead"].Index + after.Groups["lead"].Length), after.Groups["lead"].Value);
        return null;
    }

    /// <summary>Past the colon, comma or spaces after a list word.</summary>
    private static int Skip(string text, int at)
    {
        while (at < text.Length && text[at] is '：' or ':' or '，' or ',' or ' ' or '\u3000') at++;
        return at;
    }

    private KindedBreakdown? Read(ParagraphBlock paragraph, int wholeEnd, int itemsStart, int sentenceEnd, string lead, bool opensSentence)
    {
        var text = paragraph.Text;
        var whole = Whole(text, wholeEnd, opensSentence);
        if (whole.Count == 0) return null;
        if (Items(text, itemsStart, sentenceEnd) is not { } items) return null;
        // “收入预算850.00万元，其中：一般公共预算拨款收入850.00万元；支出预算850.00万元，其中：…”: spending ends a list of income.
        items = items.TakeWhile(i => !LabelWords.Default.NamesOtherFlow(whole[0].Label, FirstLabel(i.Text))).ToList();
        // “支出预算200万元，其中基本支出预算150万元，项目支出预算50万元，支出决算190万元”: a last clause stating only kinds the whole
        // does not state is what came of the whole, not one of its parts.
        while (items.Count > 0 && ItemKinds(items[^1].Text).ToList() is { Count: > 0 } last && !last.Any(k => whole.Any(w => w.Kind == k))) items.RemoveAt(items.Count - 1);
        if (items.Count < 2) return null;
        var stated = whole.Select(w => (Labels.Clean(w.Label), w.Amount)).ToList();
        var paired = sums.Pair(stated, items.Select(i => i.Text).ToList(), StatedNones.Of(text));
        if (whole.Count == 1 && items.SelectMany(i => ItemKinds(i.Text)).Distinct().Count() < 2) return null;
        var partial = !ListLeads.Default.PromisesEvery(lead) || LeavesOpen(items[^1].Text);
        return new KindedBreakdown(
            text[whole[0].Start..whole[^1].End].Trim(), items.Select(i => i.Text).ToList(), !partial,
            items.Select(i => paragraph.LocationOf(i.Start, i.Start + i.Text.Length, i.Start)).ToList())
        {
            Sums = whole.Select((w, i) => new KindedSum(w.Kind, paired[i], paragraph.LocationOf(w.Start, w.End, w.Start))).ToList(),
        };
    }

    /// <summary>
    /// The amounts of the whole: the clauses before <paramref name="end"/> joined by “，” or “、”, each stating one amount of a
    /// named kind (a clause stating only a rate passed over), in reading order; across the end of the sentence before when the
    /// list word opens its sentence (“…执行88万元。其中：…”).
    /// </summary>
    private List<(string Label, PrintedNumber Amount, string Kind, int Start, int End)> Whole(string text, int end, bool opensSentence)
    {
        var found = new List<(string Label, PrintedNumber Amount, string Kind, int Start, int End)>();
        var at = end - 1;
        while (at > 0 && (text[at] is '，' or ',' or '、' || opensSentence && found.Count == 0 && text[at] is '。'))
        {
            var start = ListItems.ClauseStart(text, at, Breaks);
            var clause = text[start..at];
            if (MoneyClauses.Sum(clause) is var (label, amount) && kinds.KindAtEnd(label) is string kind)
            {
                // “项目支出预算90万元，执行88万元，基本支出预算60万元，执行55万元，其中：”: the whole is the nearest amounts, one of each kind.
                if (found.Any(f => f.Kind == kind)) break;
                found.Insert(0, (label, amount, kind, start, at));
            }
            else if (!AmountItems.StatesOnlyPercents(clause)) break;
            at = start - 1;
        }
        return found;
    }

    /// <summary>The parts from <paramref name="start"/> to the end of the sentence: numbered, or separated by “；” if any, else by “、” or “，”.</summary>
    private List<(string Text, int Start)>? Items(string text, int start, int end)
    {
        var span = text[start..end];
        var numbered = ListItems.Numbered(span);
        List<string>? items = numbered.Count > 0 ? numbered : null;
        if (items is null)
        {
            var semicolon = ListItems.NextOutside(text, start, Punctuation.ItemEnds) < end;
            var first = ListItems.NextOutside(text, start, "、，,。");
            if (!semicolon && first >= end) return null;
            items = semicolon || text[first] is '、' ? ListItems.Split(ListItems.FullWidthBreaks(span), semicolon ? '；' : '、') : amountItems.Following(text, start, end);
        }
        if (items is null || items.Any(i => !NumberScanner.Scan(i).Any(m => m.IsMoney) || Labels.ChangeDirection(i) is not null)) return null;
        return Placed(text, start, end, items);
    }

    /// <summary>
    /// Where each part is printed: its words, searched after the part before (a part is printed as it is read, less its
    /// numbering and spaces; a “,” or “;” it was split at reads as “，”, “；”); null when one is not found as printed.
    /// </summary>
    private static List<(string Text, int Start)>? Placed(string text, int start, int end, List<string> items)
    {
        var printed = ListItems.FullWidthBreaks(text[..end]);
        var placed = new List<(string, int)>();
        var from = start;
        foreach (var item in items)
        {
            var at = printed.IndexOf(item, from, StringComparison.Ordinal);
            if (at < 0) return null;
            placed.Add((item, at));
            from = at + item.Length;
        }
        return placed;
    }

    /// <summary>The words of an item before its first amount.</summary>
    private static string FirstLabel(string item) =>
        NumberScanner.Scan(item).FirstOrDefault(m => m.IsMoney) is { } first ? item[..first.Start] : item;

    /// <summary>The kinds of amount an item's words name.</summary>
    private IEnumerable<string> ItemKinds(string item)
    {
        var from = 0;
        foreach (var m in NumberScanner.Scan(item))
        {
            if (m.IsMoney && kinds.KindAtEnd(item[from..m.Start]) is string kind) yield return kind;
            from = m.End;
        }
    }

    private sealed class Vocabulary
    {
        public List<string> PartialEnds { get; init; } = new();
    }
}
