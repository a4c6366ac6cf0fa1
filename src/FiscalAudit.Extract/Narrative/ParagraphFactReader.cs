using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Reads the facts of one paragraph, sentence by sentence (a sentence ends at “。”). Within a sentence
/// it keeps the breakdown structure: “X，其中：A，B” makes A and B parts of X (“X分别为：A，B” lists every
/// part of X); a nested “其中/主要包括” opens an inner list that closes when the separator between items
/// changes (“、” → “，”), and a bracket after an item opens the item's own list that closes with the bracket. Counts form breakdowns of their own (“车辆6辆，其中：…0辆；…6辆”). Each fact is
/// placed on the line of its number and boxed around the fragment that states it: from its label (or the
/// label of the amount it relates in the same sentence) to its last number or comparison word.
/// A list whose items stand one to a paragraph, each ended by “。”, goes on from the paragraph before (<see cref="OpenList"/>).
/// In a budget every amount is a 预算数 (“基本支出预算数为…”): a 预算 label names the amount, not the
/// budget side of a completion.
/// </summary>
public sealed partial class ParagraphFactReader
{
    [GeneratedRegex(@"增加|减少|增长|下降|降低|上升|提高|增幅|降幅")]
    private static partial Regex ChangeVerb();

    /// <summary>The marks that end a clause before the words of a share.</summary>
    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '。', '：', ':'];

    private readonly ParagraphBlock paragraph;
    private readonly string section;
    private readonly int index;
    private readonly bool budget;
    private readonly OpenList? carried;
    private readonly int? year;
    private readonly List<NarrativeFact> facts = new();

    /// <summary>How the paragraph's bare zeros of money are read (<see cref="StatedNones"/>).</summary>
    private StatedNones nones;

    /// <summary>The state of the last sentence read.</summary>
    private SentenceState? last;

    /// <summary>The first amount of the paragraph was an item of <see cref="carried"/>.</summary>
    private bool carriedOn;

    /// <summary>The last part that went on with a list of a sentence before (<see cref="SiblingList"/>).</summary>
    private NarrativeFact? continuedPart;

    /// <summary>Where the fragment stating each amount begins (its label), in the paragraph's text.</summary>
    private readonly Dictionary<NarrativeFact, int> fragmentStarts = new();

    /// <summary>
    /// The last 预算 and the 决算 stated after it, for a comparison word in this or the next sentence, and
    /// where the 预算's fragment begins.
    /// </summary>
    private (PrintedNumber Budget, NarrativeFact Actual, int Start)? pair;

    /// <summary>Amounts read since <see cref="pair"/> was set: a comparison after other amounts is ambiguous.</summary>
    private int amountsSincePair;

    /// <param name="budget">True in a 部门预算 / 单位预算, where amounts labelled 预算 are plain amounts.</param>
    /// <param name="carried">The list the paragraph just before left open (its <see cref="LeftOpen"/>), if any.</param>
    /// <param name="year">The document's year: “比2020年预算数增加” in a document of 2020 is a change against this year's budget.</param>
    public ParagraphFactReader(ParagraphBlock paragraph, string section, int index, bool budget = false, OpenList? carried = null, int? year = null)
    {
        this.year = year;
        this.paragraph = paragraph;
        this.section = section;
        this.index = index;
        this.budget = budget;
        this.carried = carried;
    }

    /// <summary>
    /// After <see cref="Read"/>: the list whose next item may be the next paragraph — one the paragraph ends by opening
    /// (“…基本支出27,100.00万元，其中：”), one its last sentence stated the whole of, opened with a colon and gave one item not
    /// numbered (“…，其中：人员经费…。”), or the list the paragraph went on with; else null.
    /// </summary>
    public OpenList? LeftOpen { get; private set; }

    /// <summary>The facts of the paragraph in reading order.</summary>
    public List<NarrativeFact> Read()
    {
        var text = paragraph.Text;
        nones = StatedNones.Of(text);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '。') continue;
            if (i > start) ReadSentence(text, start, i);
            start = i + 1;
        }
        LeftOpen = (last is null ? null : OpenAtEnd(text, last)) ?? (carriedOn ? carried : null);
        return facts;
    }

    /// <summary>The list the last sentence (<paramref name="state"/>) leaves open for the next paragraph; see <see cref="LeftOpen"/>.</summary>
    private static OpenList? OpenAtEnd(string text, SentenceState state)
    {
        var end = text.TrimEnd().Length;
        if (end > 0 && text[end - 1] is '：' or ':')
        {
            return state.LastAmount is { } whole && Labels.OpensList(text, end, '：')
                ? new OpenList(whole, Labels.ListIsExamples(text, end), Labels.ListIsComplete(text, end))
                : null;
        }
        // “（一）收入预算总计…。包括：1．财政拨款收入预算总计…。” + “一般公共预算收入…”: a numbered item goes on with items of its own;
        // under a lead promising every part it goes on with the next numbered items too (“按功能科目分：1.…。” + “2.…。”).
        var outer = state.Lists.LastOrDefault();
        if (outer is not { Whole: { } listed, Items: 1, Bracketed: false } || !state.Amounts.Contains(listed) || outer.LastLabel <= 0
            || text[outer.LastLabel - 1] is not ('：' or ':')) return null;
        var numbered = ListItems.StartsWithOrdinal(text[outer.LastLabel..]);
        return !numbered || outer.Complete ? new OpenList(listed, outer.Examples, outer.Complete, numbered) : null;
    }

    /// <summary>
    /// The first amount of the paragraph is the next item of <see cref="carried"/>: its label opens the paragraph and names
    /// a part, not a year's total (“2024年支出合计…”) or a numbered item of an outline of its own (“（1）一般公共预算收入预算…”).
    /// </summary>
    private bool IsCarriedItem(SentenceState state, NumberMention m, string raw, string label, int labelBegin) =>
        carried is { } open && state.Begin == 0 && state.Amounts.Count == 0 && labelBegin == 0 && open.Whole.Unit == m.Unit
        && label.Length > 0 && !IsTotal(label) && raw.TrimStart() is { Length: > 0 } opening
        && (ListItems.StartsWithOrdinal(opening) ? open.Complete : !open.Numbered && !char.IsDigit(opening[0]));

    private void ReadSentence(string text, int begin, int end)
    {
        var sentence = text[begin..end].Trim();
        var mentions = NumberScanner.Scan(text[begin..end]).Select(m => nones.Read(m) with { Start = m.Start + begin, End = m.End + begin }).ToList();
        var state = new SentenceState { Begin = begin, Previous = last };
        if (sentence.Length > 0) last = state;
        var floor = begin;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var (labelBegin, delimiter) = Labels.LabelStart(text, m.Start, floor);
            // “基本支出192.58万元和项目支出0万元”: a joining word right after an amount separates the next item as a “、” does.
            if (i > 0 && labelBegin == floor && (mentions[i - 1].IsMoney || mentions[i - 1].IsPercent) && LabelWords.Default.ItemJoinerAt(text, floor) is > 0 and var joiner)
                (labelBegin, delimiter) = (floor + joiner, '、');
            var raw = text[labelBegin..m.Start];
            ReadSameAsPrevious(text, state, floor, m.Start, sentence);
            ReadNoBudget(text, state, floor, m.Start);
            floor = m.End;
            if (state.Consumed.Contains(i)) continue;
            if (m.IsPercent) ReadPercent(text, state, mentions, i, raw, labelBegin, sentence);
            else if (m.IsMoney) ReadMoney(text, state, mentions, i, raw, labelBegin, delimiter, sentence);
            else if (m.IsCount) ReadCount(text, state, m, raw, labelBegin, delimiter, sentence);
        }
        ReadSameAsPrevious(text, state, floor, end, sentence);
        if (state.Budgets.For(string.Empty) is { } b && state.Amounts.Count == state.Budgets.AmountsBefore + 1) SetPair(b.Mention.Number, state.Amounts[state.Budgets.AmountsBefore], b.Start);
        ReadComparison(text, begin, end, sentence);
    }

    /// <summary>The line of the number at <paramref name="anchor"/>, boxed around the fragment [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private SourceLocation Place(int start, int end, int anchor) => paragraph.LocationOf(start, end, anchor);

    /// <summary>Where the fragment of <paramref name="fact"/> begins when it was stated in this sentence, else <paramref name="fallback"/>.</summary>
    private int StartOf(NarrativeFact? fact, SentenceState state, int fallback) =>
        fact is not null && fragmentStarts.TryGetValue(fact, out var start) && start >= state.Begin ? Math.Min(start, fallback) : fallback;

    private void SetPair(PrintedNumber budget, NarrativeFact actual, int start)
    {
        pair = (budget, actual, start);
        amountsSincePair = 0;
    }

    /// <summary>
    /// “公务接待费预算支出427.5万元，与上年预算数持平”: last year's amount is this year's, when the words follow the
    /// amount directly (no other number between, <paramref name="from"/> is the end of the last number).
    /// </summary>
    private void ReadSameAsPrevious(string text, SentenceState state, int from, int to, string sentence)
    {
        if (state.LastAmount is not { } current || state.LastAmountEnd != from || to <= from || PreviousYearWords.FindSame(text[from..to]) is not { } same) return;
        var at = from + same.Index;
        Add(new NarrativeFact(FactKind.Previous, current.Quantity, sentence, Place(StartOf(current, state, at), at + same.Length, at))
        {
            Unit = current.Unit, Subject = current, Base = PreviousYearWords.BaseOf(same.Value),
        });
    }

    /// <summary>
    /// “年初未安排预算，支出决算为30.00万元，完成年初预算的100%”: words between two numbers that say there was no budget
    /// are a budget of 0 (exact), for the completion rate that follows.
    /// </summary>
    private void ReadNoBudget(string text, SentenceState state, int from, int to)
    {
        if (budget || to <= from || Labels.StatedNoBudget(text[from..to]) is not var (index, length)) return;
        var at = from + index;
        var labelBegin = Labels.LabelStart(text, at, from).Begin;
        var zero = new NumberMention(at, at + length, new PrintedNumber(0m, 0, false, "0") { Exact = true }, "万元");
        var none = new PendingBudget(zero, Labels.Clean(text[labelBegin..(at + length)]), Place(labelBegin, at + length, at), labelBegin)
        {
            Kind = AmountKinds.InitialBudget, Words = text.Substring(at, length),
        };
        state.Budgets.Add(none, state.Amounts.Count);
    }

    /// <summary>
    /// “年初预算100万元，年中追加20万元，全年预算120万元”: the adjusted budget just stated after a 年初预算 and its changes, with the one
    /// they work out to.
    /// </summary>
    private void ReadAdjustment(SentenceState state, string sentence)
    {
        if (state.Budgets.StatedAdjusted() is not { } stated || state.Budgets.WorkedOutAdjusted() is not { } worked) return;
        Add(new NarrativeFact(FactKind.Adjustment, state.Budgets.Subject, sentence, Place(worked.Start, stated.Mention.End, stated.Mention.Start))
        {
            Amount = stated.Mention.Number, Unit = stated.Mention.Unit, Budget = worked.Mention.Number, BudgetName = stated.Name, Derivation = worked.Derivation,
        });
    }

    /// <summary>“决算数大于预算数…” right after “年初预算为B，支出决算为A” (no other amount in between).</summary>
    private void ReadComparison(string text, int begin, int end, string sentence)
    {
        // “其中：A（项）年初预算为…，决算数小于年初预算数…；B（项）年初预算为0万元，支出决算为…，决算数大于…”: the words after the pair's 预算.
        var from = pair is { } held ? Math.Clamp(held.Start, begin, end) : begin;
        if (pair is not { } p || amountsSincePair > 0 || ComparisonWords.Find(text[from..end]) is not { } c) return;
        var at = from + c.Index;
        Add(new NarrativeFact(FactKind.Comparison, c.Text, sentence, Place(Math.Min(p.Start, at), at + c.Text.Length, at))
        {
            Amount = p.Actual.Amount, Budget = p.Budget, Unit = p.Actual.Unit, Direction = c.Direction, Approximate = c.Approximate, Other = p.Actual,
        });
        pair = null;
    }

    private void ReadMoney(string text, SentenceState state, List<NumberMention> mentions, int i, string raw, int labelBegin, char delimiter, string sentence)
    {
        var m = mentions[i];
        var location = Place(labelBegin, m.End, m.Start);
        if (!budget && state.Budgets.Any && Labels.BudgetChangeSign(raw) is int sign)
        {
            // “年初未安排预算，年中追加预算20万元”, “…，年中调减15万元”: a change of the budget held, not a change from last year.
            state.Budgets.AddChange(new PendingBudget(m, Scoped(state, Labels.Clean(raw)), location, labelBegin) { Sign = sign }, state.Amounts.Count);
            return;
        }
        if (StatesBudgetOfNext(text, state, mentions, i, raw)) return;
        if ((Labels.ChangeDirection(raw) ?? SavedAgainstStatedBudget(text, state, mentions, i, raw)) is int direction)
        {
            var stated = BudgetBases.Of(raw, year) is null ? StatedBudget(text, state, mentions, i, raw) : null;
            var against = stated?.Against ?? BudgetBaseOf(text, mentions, i, raw, labelBegin, state.Begin);
            // “决算数较年初预算减少23.00万元”: the 决算 just stated (or of the sentence before) is what changed, though it is named.
            var quantity = stated is null ? Labels.ChangeSubject(raw) : string.Empty;
            var ownActual = against is not null && BudgetBases.NamesActual(quantity);
            var subject = quantity.Length == 0 || ownActual ? ChangedAmount(LastAmountAt(text, state, m.Start), delimiter) ?? ContinuedWhole(state) ?? (against is null ? null : PairedActual()) : null;
            var reached = subject is null && quantity.Length > 0 && against is null ? ReachedAmount(text, mentions, i) : null;
            var rate = NextChangeRate(text, mentions, i) ?? PreviousChangeRate(text, mentions, i, direction, state.Begin) ?? (reached is int amount ? NextChangeRate(text, mentions, amount) : null);
            if (rate is int r) state.Consumed.Add(r);
            state.ChangedSinceAmount = true;
            var fragment = rate is int at ? Place(Math.Min(labelBegin, Labels.LabelStart(text, mentions[at].Start, state.Begin).Begin), Math.Max(m.End, mentions[at].End), m.Start) : location;
            state.LastChangeEnd = rate is int after && after > i ? mentions[after].End : m.End;
            Add(state.LastChange = new NarrativeFact(FactKind.Change, ownActual && subject is not null ? string.Empty : quantity, sentence, fragment)
            {
                Amount = m.Number, Unit = m.Unit, Direction = direction, Percent = rate is int k ? mentions[k].Number : null, Base = PreviousYearWords.ChangeBaseOf(raw) is { Length: > 0 } named ? named : null,
                Subject = subject, SubjectByName = ownActual && subject is not null, EachOf = quantity.Length == 0 ? EachOf(state, raw, subject) : null,
                Against = against?.Kind ?? ChangeBase.LastYear, BudgetName = against?.Name,
                Budget = stated?.Figure ?? (against is not { } b ? null : subject is null ? OwnBudget(state, b.Name, quantity, m.Unit) : ComparedBudget(state, b.Name, subject)),
            });
            state.Reached = reached is int next ? (state.LastChange!, next) : null;
            return;
        }
        if (Labels.IsPreviousYearAside(text, m.Start) || PreviousYearWords.IsPreviousLabel(raw) || state.LastAmount is { } earlier && PreviousYearWords.NamesPreviousOf(raw, earlier.Key))
        {
            // “比上年减少0.60万元（上年为6.00万元）”: last year's figure of the change it follows.
            var change = state.LastChange is { } c && i > 0 && mentions[i - 1].End == state.LastChangeEnd ? c : null;
            if (state.LastAmount is { } current && current.Unit == m.Unit)
                Add(new NarrativeFact(FactKind.Previous, current.Quantity, sentence, location) { Amount = m.Number, Unit = m.Unit, Subject = current, Base = PreviousYearWords.BaseOf(raw), Other = change });
            // “公务接待费支出决算比上年减少1.00万元，上年为6.00万元” with no 决算 stated: last year's figure of the change alone.
            else if (change is { Subject: null } && change.Unit == m.Unit)
                Add(new NarrativeFact(FactKind.Previous, change.Quantity, sentence, location) { Amount = m.Number, Unit = m.Unit, Base = PreviousYearWords.BaseOf(raw), Other = change });
            return;
        }
        // “其中：A、B和C分别为…”: the names before “分别为” run over the “、” between them, which ends no label there.
        if (RespectiveClause(text, state, labelBegin, m.Start) is int clause) (raw, labelBegin, delimiter) = (text[clause..m.Start], clause, clause > 0 ? text[clause - 1] : '\0');
        var namedLead = NamedWhole(state, raw) ?? NamedBeforeColon(state, text, raw, labelBegin, delimiter);
        if (namedLead is { } lead) (raw, labelBegin) = (raw[lead.LeadAt..], labelBegin + lead.LeadAt);
        // “机关运行经费支出较上年增加5.00万元，为55.00万元”: the amount a change named its quantity before is that quantity's.
        var reachedBy = state.Reached is { } pending && pending.Mention == i ? pending.Change : null;
        var respective = RespectiveName(state, raw);
        var label = reachedBy?.Quantity ?? respective ?? Headed(state, Scoped(state, Labels.Clean(raw)));
        if (Labels.IsAverageLabel(label))
        {
            Add(new NarrativeFact(FactKind.Average, label, sentence, location) { Amount = m.Number, Unit = m.Unit, Subject = state.LastAmount });
            return;
        }
        // “其中A项目预算50万元，执行48万元，B项目预算40万元，…”: a budget followed by what was spent of it is no part of the whole, the first no more than the next.
        var budgetFigure = !budget && Labels.IsBudgetLabel(raw);
        var openWhole = state.Lists.Count > 0 ? state.Lists.Peek().Whole : null;
        if (budgetFigure && !BudgetBreakdowns.IsListed(text, mentions, i, BudgetBreakdowns.WholeOf(text, state.LastAmount, openWhole, raw, labelBegin, delimiter), state.BudgetWholes)
            && (!raw.Contains("其中", StringComparison.Ordinal) || PendingBudgets.FollowedBySpent(text, mentions, i)))
        {
            state.Budgets.Add(new PendingBudget(m, label, location, labelBegin), state.Amounts.Count);
            ReadAdjustment(state, sentence);
            return;
        }
        if (IsThreshold(text, m.End))
        {
            state.WholeOutOfReach = true;
            return;
        }
        var fact = new NarrativeFact(FactKind.Amount, label, sentence, location) { Amount = m.Number, Unit = m.Unit };
        if (reachedBy is not null)
        {
            reachedBy.Subject = fact;
            reachedBy.SubjectByName = true;
        }
        fragmentStarts[fact] = labelBegin;
        if (budgetFigure) state.BudgetWholes.Add(fact);
        var whole = state.WholeOutOfReach ? null : state.LastAmount ?? facts.LastOrDefault(f => f.Kind == FactKind.Amount);
        // “…支出合计3150.60万元，较上年增加…。其中基本支出…”: a sentence that opens with 其中 lists the parts of the last amount before it.
        var opensSentence = state.Amounts.Count == 0 && raw.TrimStart().StartsWith("其中", StringComparison.Ordinal);
        // “…24.00万元，比上年减少4.00万元，其中公务用车购置费0万元、…”: amounts a glued 其中 opens after a change are the amount's parts, as
        // after “其中：” (the parts of a change are changes themselves).
        var changedAway = state.ChangedSinceAmount && Labels.GluedListMarker(raw) is null;
        var near = namedLead?.Whole ?? (state.WholeOutOfReach || changedAway ? null : opensSentence ? whole : state.LastAmount);
        state.WholeOutOfReach = false;
        state.ChangedSinceAmount = false;
        // “收入预算100万元，其中财政拨款预算80万元，事业收入预算20万元，实际收入95万元”: what was received or spent ends a list of budgets.
        if (!budgetFigure && openWhole is not null && (state.BudgetWholes.Contains(openWhole) || AmountKinds.Default.KindOf(openWhole.Quantity) is string wholeKind && wholeKind != AmountKinds.Executed)
            && !AmountKinds.Default.NamesSpendingPart(label) && AmountKinds.Default.KindOf(label) == AmountKinds.Executed) state.Lists.Clear();
        var depth = ListItems.BracketDepth(text, state.Begin, m.Start);
        var bracketOpened = state.LastAmountEnd >= state.Begin && depth > ListItems.BracketDepth(text, state.Begin, state.LastAmountEnd);
        if (state.Amounts.Count == 0 && SumOfSentenceBefore(state, fact) is { Count: >= 2 } above)
        {
            // “…分别为A 60.00万元、B 50.00万元。以上合计110.00万元。”: the sum of every amount stated just before.
            foreach (var part in above) Join(new ListFrame(fact, false, true, false), part, 0);
        }
        else if (IsCarriedItem(state, m, raw, label, labelBegin))
        {
            Join(new ListFrame(carried!.Whole, carried.Examples, carried.Complete, false), fact, labelBegin);
            carriedOn = true;
        }
        else if (SiblingList(text, state, fact, labelBegin) is { } sibling)
        {
            Join(sibling, fact, labelBegin);
            // Open for the next siblings of the sentence (“。事业收入…，经营收入…”) only: no separator of the sentence goes on with it.
            sibling.Separator = '。';
            state.Lists.Push(sibling);
            continuedPart = fact;
        }
        else PlaceInList(text, state.Lists, whole, near, fact, raw, labelBegin, delimiter, depth, bracketOpened, namedLead?.Lead);
        // “年初预算100万元，其中：基本支出60万元，…；支出决算98万元，完成年初预算的98%”: a budget broken down is still the budget of a rate.
        if (budgetFigure && fact.Whole is null) state.Budgets.Add(new PendingBudget(m, label, location, labelBegin), state.Amounts.Count);
        CloseIfExamples(text, fact, m.End);
        amountsSincePair++;
        Add(fact);
        state.LastAmount = fact;
        state.LastAmountEnd = m.End;
        state.Amounts.Add(fact);
        if (respective is not null) state.RespectiveAmounts.Add(fact);
    }

    /// <summary>
    /// “其中人员经费和公用经费分别为117.74万元和74.84万元”: the names listed before “分别为” label the amounts after it in turn; the name
    /// of the amount <paramref name="raw"/> is the label of, or null when it is not one of such a list.
    /// </summary>
    private static string? RespectiveName(SentenceState state, string raw)
    {
        if (Labels.RespectiveNames(raw) is { Count: >= 2 } names)
        {
            state.RespectiveNames.Clear();
            state.RespectiveAmounts.Clear();
            foreach (var name in names.Skip(1)) state.RespectiveNames.Enqueue(name);
            return names[0];
        }
        if (state.RespectiveNames.Count > 0 && Labels.Clean(raw).Length == 0) return state.RespectiveNames.Dequeue();
        state.RespectiveNames.Clear();
        return null;
    }

    /// <summary>Where the names before a “分别为” that ends the label at <paramref name="labelBegin"/> begin, over the “、” between them; null for another label.</summary>
    private static int? RespectiveClause(string text, SentenceState state, int labelBegin, int numberStart)
    {
        if (ListLeads.Default.RespectiveLeadAt(text[labelBegin..numberStart]) is null) return null;
        var begin = labelBegin;
        while (begin > state.Begin && text[begin - 1] == '、') begin = Labels.LabelStart(text, begin - 1, state.Begin).Begin;
        return begin;
    }

    /// <summary>
    /// “…分别为117.74万元和74.84万元，分别占61.14%和38.86%”: a share whose words say “分别占” is of the first amount of such a list;
    /// null for another share.
    /// </summary>
    private static NarrativeFact? FirstRespectivePart(SentenceState state, string raw, string shareBase)
    {
        if (!ListLeads.Default.SharesRespectively(raw) || state.RespectiveAmounts.Count < 2) return null;
        (state.RespectiveShares, state.RespectiveShareBase) = (0, shareBase);
        return state.RespectiveAmounts[0];
    }

    /// <summary>The amount of such a list the next percent is the share of, when it follows the last one with no words of its own; else null.</summary>
    private static NarrativeFact? NextRespectivePart(SentenceState state, string raw)
    {
        if (state.RespectiveShares is not int last || Labels.Clean(raw).Length > 0 || last + 1 >= state.RespectiveAmounts.Count)
        {
            state.RespectiveShares = null;
            return null;
        }
        state.RespectiveShares = last + 1;
        return state.RespectiveAmounts[last + 1];
    }

    /// <summary>
    /// “公务用车6辆，其中：…0辆；…6辆”: a count of the sentence, and its parts, like an amount's (a part joins a whole
    /// counted in the same unit).
    /// </summary>
    private void ReadCount(string text, SentenceState state, NumberMention m, string raw, int labelBegin, char delimiter, string sentence)
    {
        // “共有车辆2辆，比上年减少1辆，其中：…”: a change of a count is neither the whole nor a part of a list of counts; nor is last
        // year's count in brackets (“共有车辆2辆（上年3辆），其中：…”).
        if (Labels.ChangeDirection(raw) is not null || Labels.IsPreviousYearAside(text, m.Start)) return;
        var fact = new NarrativeFact(FactKind.Count, Labels.Clean(raw), sentence, Place(labelBegin, m.End, m.Start))
        {
            Amount = m.Number, Unit = m.Unit, CountedSet = CountedSets.Default.Of(raw, text[m.End..], m.Unit, year),
        };
        // “纳入绩效自评的项目共6个，涉及资金…。其中：自评等级为“优”的项目5个，…”: a sentence that opens with 其中 counts the parts of the paragraph's last count.
        var whole = state.LastCount ?? (sentence.StartsWith("其中", StringComparison.Ordinal)
            ? facts.LastOrDefault(f => f.Kind == FactKind.Count && f.Paragraph == index && f.Whole is null) : null);
        PlaceInList(text, state.CountLists, whole, whole, fact, raw, labelBegin, delimiter, ListItems.BracketDepth(text, state.Begin, m.Start), false, null);
        CloseIfExamples(text, fact, m.End);
        Add(fact);
        state.LastCount = fact;
    }

    /// <summary>
    /// “公务接待费支出0.53万元。其中：国内公务接待费0.53万元…。国（境）外接待费0万元…”: a sentence that opens with an amount named as
    /// another part of the family of the paragraph's last part (list-leads.json siblings), or with the point after the one that part
    /// opened with (“具体包括：一是A项目50万元。二是B项目60万元。”, counted-lists.json points), goes on with that part's list; else null.
    /// After a list nested in a part (“其中：财政拨款收入…，其中：一般公共预算财政拨款收入…。事业收入…”) it is the list of the whole
    /// whose part the new name is a sibling of.
    /// </summary>
    private ListFrame? SiblingList(string text, SentenceState state, NarrativeFact fact, int labelBegin)
    {
        if (state.Amounts.Count > 0 || !string.IsNullOrWhiteSpace(text[state.Begin..labelBegin])) return null;
        if (facts.LastOrDefault(f => f.Kind == FactKind.Amount) is not { Whole: { } whole, WholeBy: "breakdown" } last) return null;
        if (whole.Unit == fact.Unit && NextPoint(text, last, labelBegin)) return new ListFrame(whole, whole.PartsAreExamples, whole.PartsAreComplete, false);
        for (var part = last; part is { Whole: { } outer, WholeBy: "breakdown" }; part = outer)
        {
            if (outer.Unit == fact.Unit && ListLeads.Default.NamesSibling(outer.Quantity, part.Quantity, fact.Quantity))
                return new ListFrame(outer, outer.PartsAreExamples, outer.PartsAreComplete, false);
        }
        return null;
    }

    /// <summary>
    /// “其中：财政拨款收入…，其中：一般公共预算财政拨款收入…，政府性基金…；事业收入…，经营收入…”: the open list whose last part
    /// <paramref name="fact"/> is named a sibling of (list-leads.json siblings) — the list it goes on with, closing the lists nested
    /// in that part, whatever separates it; else null. An item in a bracket goes on with no list outside it (<paramref name="depth"/>:
    /// “公务用车购置及运行费60.00万元（其中公务用车购置费0万元，公务用车运行费60.00万元）”).
    /// </summary>
    private static ListFrame? SiblingFrame(Stack<ListFrame> lists, NarrativeFact fact, int depth) =>
        lists.FirstOrDefault(frame => frame.Depth == depth && frame.Whole is { } whole && whole.Unit == fact.Unit && whole.Parts.LastOrDefault() is { } part
            && ListLeads.Default.NamesSibling(whole.Quantity, part.Quantity, fact.Quantity));

    /// <summary>The label at <paramref name="labelBegin"/> opens with the point after the one <paramref name="part"/>'s label opened with (“一是…” → “二是…”).</summary>
    private bool NextPoint(string text, NarrativeFact part, int labelBegin) =>
        fragmentStarts.TryGetValue(part, out var start) && CountedLists.Default.PointNumber(text[start..]) is int n
        && CountedLists.Default.PointNumber(text[labelBegin..]) == n + 1;

    /// <summary>
    /// “…。国（境）外接待费0万元，接待0批次。较上年减少2.69万元”: an unnamed change that opens the sentence after a part that went on
    /// with a list (<see cref="continuedPart"/>), with no amount since, is of the list's whole; else null.
    /// </summary>
    private NarrativeFact? ContinuedWhole(SentenceState state) =>
        state.Amounts.Count == 0 && continuedPart is { Whole: { } whole } part && facts.LastOrDefault(f => f.Kind == FactKind.Amount) == part ? whole : null;

    /// <summary>
    /// “…基本支出192.58万元和项目支出0万元。基本支出占本年支出合计的100%”: the amount of the paragraph a share's words name before
    /// “占”, by its whole label; null when they name none.
    /// </summary>
    private NarrativeFact? NamedSharePart(string raw)
    {
        var key = SharePartKey(raw);
        return key.Length < 2 ? null : facts.LastOrDefault(f => f.Kind == FactKind.Amount && f.Key == key);
    }

    /// <summary>The key of the quantity a share's words name before “占” in its clause (“基本支出占…” → 基本支出); empty when they name none.</summary>
    private static string SharePartKey(string raw) => QuantityKeys.Normalize(SharePartLabel(raw));

    /// <summary>The words a share names its part by before “占” in its clause, cleaned (“基本支出占…” → 基本支出); empty when they name none.</summary>
    private static string SharePartLabel(string raw)
    {
        var at = raw.LastIndexOf('占');
        return at > 0 ? Labels.Clean(raw[(raw.LastIndexOfAny(ClauseBreaks, at - 1) + 1)..at]) : string.Empty;
    }

    /// <summary>
    /// “基本支出占总支出的比重为47.99%” with no amount of 基本支出 in its paragraph: a share of a named part of a named whole that the text
    /// states neither of — no amount, no subject; the tables may print both (<see cref="NarrativeFact.Base"/> names the whole).
    /// </summary>
    private void AddUnstatedShare(string raw, string shareBase, NumberMention m, int labelBegin, string sentence)
    {
        var label = SharePartLabel(raw);
        if (shareBase.Length == 0 || QuantityKeys.Normalize(label).Length < 2) return;
        Add(new NarrativeFact(FactKind.Share, label, sentence, Place(labelBegin, m.End, m.Start)) { Percent = m.Number, Base = shareBase });
    }

    /// <summary>
    /// “一般公共预算支出2,418.60万元。基本支出占一般公共预算支出的比重为52.45%”: a share whose words name a quantity before “占” that
    /// no amount states, and that the last amount is not of (neither name holds the other), is of an amount the text does not give.
    /// </summary>
    private static bool NamesUnstatedPart(string raw, NarrativeFact last)
    {
        var key = SharePartKey(raw);
        return key.Length >= 2 && !key.Contains(last.Key, StringComparison.Ordinal) && !last.Key.Contains(key, StringComparison.Ordinal);
    }

    /// <summary>
    /// The last amount of the sentence as a figure at <paramref name="at"/> refers to it: once the bracket that holds the last amount
    /// has closed, the figure the bracket qualifies — in “支出5.00万元（其中：公务用车运行维护费2.00万元），完成预算的50.00%” the rate
    /// is of 5.00, not of 2.00.
    /// </summary>
    private static NarrativeFact? LastAmountAt(string text, SentenceState state, int at)
    {
        var last = state.LastAmount;
        if (last is not { InBracket: true, Whole: { } whole } || state.LastAmountEnd < state.Begin) return last;
        return ListItems.BracketDepth(text, state.Begin, at) < ListItems.BracketDepth(text, state.Begin, state.LastAmountEnd) ? whole : last;
    }

    /// <summary>
    /// “收入总计204.29万元，支出总计204.29万元，均较上年决算数减少…”: the names of the amounts of the sentence an unnamed change opened by
    /// an each-word holds for — those printed as its subject is; null when fewer than two.
    /// </summary>
    private static string? EachOf(SentenceState state, string raw, NarrativeFact? subject)
    {
        if (subject?.Amount is not { } amount || !LabelWords.Default.OpensWithEach(raw)) return null;
        var each = state.Amounts.Where(a => a.Whole is null && a.Unit == subject.Unit && a.Amount is { } x && x.Text == amount.Text).Select(a => a.Quantity).Distinct().ToList();
        return each.Count >= 2 ? string.Join("、", each) : null;
    }

    /// <summary>
    /// The amount an unnamed change is about: the last amount, or, after a “；” that ends a list of parts (“其中基本支出700万元，
    /// 项目支出300万元；与上年相比增加100万元”), the whole the list breaks down.
    /// </summary>
    private static NarrativeFact? ChangedAmount(NarrativeFact? last, char delimiter)
    {
        if (delimiter is not ('；' or ';') || last?.Whole is null || last.WholeBy != "breakdown") return last;
        var whole = last.Whole;
        while (whole.Whole is not null && whole.WholeBy == "breakdown") whole = whole.Whole;
        return whole;
    }

    /// <summary>
    /// “机关运行经费支出74.84万元，…。机关运行经费主要用于办公费7.82万元、…”: a sentence whose first label names an amount stated
    /// before in the paragraph and glues a lead word to its first item lists that amount's parts; the amount and where the lead
    /// word begins in <paramref name="raw"/>. The sides of a total (“收入包括…”) are read by <see cref="SideBreakdowns"/>.
    /// </summary>
    private (NarrativeFact Whole, int LeadAt, string? Lead)? NamedWhole(SentenceState state, string raw)
    {
        if (state.Amounts.Count > 0 || Labels.GluedListMarker(raw) is not null || ListLeads.Default.SideLeads(raw).Count > 0) return null;
        var m = ListLeads.Default.AfterName(raw);
        return m.Success && Named(m.Groups["name"].Value) is { } whole ? (whole, m.Groups["lead"].Index, null) : null;
    }

    /// <summary>
    /// “机关运行经费支出74.84万元。机关运行经费主要用于：办公费7.82万元，…”: the same with the lead word closed by a colon before the
    /// sentence's first label, which lists that amount's parts under the lead word (returned as the word that opens the list).
    /// </summary>
    private (NarrativeFact Whole, int LeadAt, string? Lead)? NamedBeforeColon(SentenceState state, string text, string raw, int labelBegin, char delimiter)
    {
        if (state.Amounts.Count > 0 || delimiter is not ('：' or ':') || Labels.GluedListMarker(raw) is not null || labelBegin <= state.Begin) return null;
        var m = ListLeads.Default.NameBeforeColon(text[state.Begin..labelBegin]);
        return m.Success && Named(m.Groups["name"].Value) is { } whole ? (whole, 0, m.Groups["lead"].Value) : null;
    }

    /// <summary>The paragraph's last amount, a part of nothing, whose name opens with <paramref name="name"/> (of two characters or more).</summary>
    private NarrativeFact? Named(string name)
    {
        var key = QuantityKeys.Normalize(Labels.Clean(name));
        return key.Length < 2 ? null : facts.LastOrDefault(f => f.Kind == FactKind.Amount && f.Whole is null && f.Key.StartsWith(key, StringComparison.Ordinal));
    }

    /// <summary>
    /// The amounts of the sentence before that <paramref name="sum"/>, labelled “以上合计” (list-leads.json sumsAbove), adds up: all of them,
    /// when each is in its unit and neither a part nor a whole of another; else none.
    /// </summary>
    private static List<NarrativeFact> SumOfSentenceBefore(SentenceState state, NarrativeFact sum)
    {
        if (!ListLeads.Default.SumsAbove(sum.Quantity) || state.Previous is not { Amounts: { Count: > 0 } above }) return [];
        return above.All(f => f.Whole is null && f.Parts.Count == 0 && f.Unit == sum.Unit) ? above.ToList() : [];
    }

    /// <summary>“单位价值50万元以上通用设备15台”: a bound, not an amount of anything.</summary>
    private static bool IsThreshold(string text, int numberEnd)
    {
        var after = text.AsSpan(numberEnd).TrimStart();
        return after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("以下", StringComparison.Ordinal)
            || after.StartsWith("以内", StringComparison.Ordinal) || after.StartsWith("及以上", StringComparison.Ordinal);
    }

    /// <summary>“包括：A 1万元、B 2万元等”: a part followed by “等” leaves its whole's list open.</summary>
    private static void CloseIfExamples(string text, NarrativeFact part, int numberEnd)
    {
        if (part.Whole is not null && numberEnd < text.Length && text[numberEnd] == '等') part.Whole.PartsAreExamples = true;
    }

    /// <summary>
    /// Puts <paramref name="fact"/> in the open list it continues, or opens a list under <paramref name="lastWhole"/>; a list
    /// word glued to the label (“其中基本支出…”) opens one only under <paramref name="nearWhole"/>, an amount of this sentence
    /// with no change stated since (“较上年增加100万元，主要是新增项目经费80万元” lists reasons, not parts). A list of money after
    /// “其中，” does not run on over “，” (seed 001: the fifth is another classification); one of counts does (“共有车辆9辆，其中，
    /// 机要通信用车1辆，执法执勤用车5辆，…”). Amounts in a bracket opened after the last amount (<paramref name="bracketOpened"/>,
    /// “财政拨款收入52,800.00万元，占95.65%（一般公共预算财政拨款收入50,300.00万元…；政府性基金…）；事业收入…”) break that amount
    /// down; the bracket's close (<paramref name="depth"/>, the brackets open at the number) ends their list. A lead word closed by a
    /// colon after the name of <paramref name="nearWhole"/> before the sentence's first label (<paramref name="namedLead"/>, “机关运行经费
    /// 主要用于：办公费…”) opens a list under it as a glued one does.
    /// </summary>
    private static void PlaceInList(string text, Stack<ListFrame> lists, NarrativeFact? lastWhole, NarrativeFact? nearWhole, NarrativeFact fact, string raw, int labelBegin, char delimiter, int depth, bool bracketOpened, string? namedLead)
    {
        while (lists.Count > 0 && lists.Peek().Depth > depth) lists.Pop();
        var marked = Labels.OpensList(text, labelBegin, delimiter);
        var glued = marked ? null : Labels.GluedListMarker(raw) ?? namedLead;
        if (marked || glued is not null || bracketOpened && lastWhole is not null)
        {
            var frame = marked
                ? new ListFrame(lastWhole, Labels.ListIsExamples(text, labelBegin), Labels.ListIsComplete(text, labelBegin), delimiter is '，' or ',' && fact.Kind != FactKind.Count)
                : glued is not null ? new ListFrame(nearWhole, Labels.LeadIsExamples(glued), Labels.LeadIsComplete(glued), false) : new ListFrame(lastWhole, false, false, false);
            frame.Depth = depth;
            frame.Bracketed = bracketOpened;
            lists.Push(frame);
            Join(frame, fact, labelBegin);
            return;
        }
        if (IsTotal(fact.Quantity)) lists.Clear();
        if (SiblingFrame(lists, fact, depth) is { } siblings)
        {
            while (lists.Peek() != siblings) lists.Pop();
            if (siblings.Separator == '\0') siblings.Separator = delimiter;
            Join(siblings, fact, labelBegin);
            return;
        }
        while (lists.Count > 0)
        {
            var top = lists.Peek();
            if (top.Whole is { } whole && LabelWords.Default.NamesOtherFlow(whole.Quantity, fact.Quantity))
            {
                // “收入预算…，其中一般公共预算拨款收入…；支出预算…”: spending is no part of an income.
                lists.Pop();
                continue;
            }
            if (lists.Count > 1 && !top.Bracketed && top.Items == 1 && top.Separator == '\0' && delimiter is '；' or ';')
            {
                // “其中：财政拨款收入…，其中：一般公共预算…；其他收入…”: a “；” ends a list nested in one item.
                lists.Pop();
                continue;
            }
            if (!top.Bracketed && top.Separator is '，' or ',' or '、' && text.AsSpan(top.LastLabel, labelBegin - top.LastLabel).IndexOfAny("；;") >= 0)
            {
                // “其中A…，B…；支出项目共8个，支出金额…”: a list of items separated by “，” ends at a “；”.
                lists.Pop();
                continue;
            }
            if (top.Items == 1 && top.Separator == '\0' && delimiter is not ('：' or ':') && !(top.AfterComma && delimiter is '，' or ','))
            {
                top.Separator = delimiter;
                Join(top, fact, labelBegin);
                return;
            }
            // “…领导用车0辆;主要领导干部用车0辆;…执法执勤用车0辆；特种专业技术用车0辆”: a half-width “;” or “,” separates like its full-width form.
            if (FullWidth(top.Separator) == FullWidth(delimiter))
            {
                Join(top, fact, labelBegin);
                return;
            }
            lists.Pop();
        }
    }

    /// <summary>The full-width form of a half-width separator (“;” → “；”), else the separator itself.</summary>
    private static char FullWidth(char separator) => separator switch { ';' => '；', ',' => '，', ':' => '：', _ => separator };

    /// <summary>A total (“支出总计”, “支出合计”) after the first item ends every open list.</summary>
    private static bool IsTotal(string label) => label.EndsWith("总计", StringComparison.Ordinal) || label.EndsWith("合计", StringComparison.Ordinal);

    /// <summary>
    /// “财政拨款收入总计…；支出总计…”, “政府性基金预算财政拨款收入…，年初结转和结余…”: a later 收入/支出 or 年初/年末结转和结余 label
    /// in the sentence inherits the fund scope of the sentence's first amount (“财政拨款”), so that it is not mistaken for the
    /// department's 支出总计 or 年初结转和结余.
    /// </summary>
    private static string Scoped(SentenceState state, string label)
    {
        var first = state.Amounts.FirstOrDefault()?.Quantity;
        if (first is null || !LabelWords.Default.TakesSentenceScope(label)) return label;
        var cut = first.IndexOfAny(new[] { '收', '支' });
        var scope = cut > 0 ? first[..cut] : string.Empty;
        return scope.Length > 0 && LabelWords.Default.IsFundScope(scope) ? scope + label : label;
    }

    /// <summary>
    /// “其中：政府采购货物支出2.24万元、工程支出0万元、服务支出0万元”: a later part of the sentence's open list is read with the head its
    /// first part writes once for all (list-leads.json sharedHeads): 工程支出 is 政府采购工程支出.
    /// </summary>
    private static string Headed(SentenceState state, string label) =>
        state.Lists.Count > 0 && state.Lists.Peek().Whole?.Parts is [var first, ..] && state.Amounts.Contains(first) ? ListLeads.Default.WithSharedHead(first.Quantity, label) : label;

    private static void Join(ListFrame frame, NarrativeFact fact, int labelBegin)
    {
        frame.Items++;
        frame.LastLabel = labelBegin;
        if (frame.Whole is null || frame.Whole.Unit != fact.Unit) return;
        fact.Whole = frame.Whole;
        fact.WholeBy = "breakdown";
        fact.InBracket = frame.Bracketed;
        frame.Whole.Parts.Add(fact);
        frame.Whole.PartsAreExamples |= frame.Examples;
        frame.Whole.PartsAreComplete |= frame.Complete;
    }

    private void ReadPercent(string text, SentenceState state, List<NumberMention> mentions, int i, string raw, int labelBegin, string sentence)
    {
        var m = mentions[i];
        var following = NextRespectivePart(state, raw);
        if ((following is null ? ShareBases.Default.In(raw) : state.RespectiveShareBase) is string shareBase)
        {
            var stated = following ?? FirstRespectivePart(state, raw, shareBase) ?? NamedSharePart(raw);
            var part = stated ?? LastAmountAt(text, state, m.Start) ?? facts.LastOrDefault(f => f.Kind == FactKind.Amount);
            if (part is null || stated is null && NamesUnstatedPart(raw, part))
            {
                AddUnstatedShare(raw, shareBase, m, labelBegin, sentence);
                return;
            }
            var share = new NarrativeFact(FactKind.Share, part.Quantity, sentence, Place(StartOf(part, state, labelBegin), m.End, m.Start))
            {
                Amount = part.Amount, Unit = part.Unit, Percent = m.Number, Base = shareBase, Subject = part,
            };
            share.Alternatives.AddRange(state.Amounts.Where(a => a != part));
            Add(share);
            return;
        }
        if (Labels.ChangeDirection(raw) is int direction)
        {
            ReadRate(text, state, mentions, i, direction, raw, labelBegin, sentence);
            return;
        }
        if (!Labels.IsCompletionRate(raw)) return;
        var budget = state.Budgets.For(raw);
        var actual = LastAmountAt(text, state, m.Start);
        if (budget is null && state.Budgets.Any)
        {
            // “培训费预算20万元，会议费预算10万元，实际支出28万元，完成预算的93.33%”: of which budget is not said.
            state.Budgets.Clear();
            return;
        }
        if (budget is null)
        {
            if (actual is null) return;
            var aside = BudgetAside(text, mentions, i);
            if (aside is int k) state.Consumed.Add(k);
            var differs = aside is null ? BudgetByDifference(actual) : null;
            var asideWords = aside is int after ? text[m.End..mentions[after].Start] : null;
            var kind = asideWords is not null && BudgetBases.KindOf(asideWords) is var asideKind && asideKind != ChangeBase.Budget ? asideKind : BudgetBases.KindOf(raw);
            Add(new NarrativeFact(FactKind.Completion, actual.Quantity, sentence, Place(StartOf(actual, state, labelBegin), aside is int a ? mentions[a].End : m.End, m.Start))
            {
                Amount = actual.Amount, Unit = actual.Unit, Percent = m.Number, Subject = actual, Against = kind,
                Budget = aside is int at ? mentions[at].Number : differs?.Budget, BudgetName = differs is { } worked ? worked.Name : asideWords is null ? null : AmountKinds.Default.BudgetNamedIn(asideWords), Derivation = differs?.Derivation,
            });
            return;
        }
        var (b, _, budgetLocation, budgetStart) = budget;
        var named = AmountKinds.Default.BudgetNamedIn(raw) ?? budget.Name;
        // A part of a budget broken down is no actual of it. “…支出决算3,450.00万元，年初预算为3,000.00万元，完成年初预算的115.00%”
        // (江苏): with no amount after the budget, the amount right before it is what was spent of it.
        var spentAfter = actual is not null && actual.Location.Line >= budgetLocation.Line && state.Amounts.IndexOf(actual) >= state.Budgets.AmountsBefore;
        var spentBefore = actual is not null && state.Amounts.Count == state.Budgets.AmountsBefore && state.Amounts.IndexOf(actual) == state.Budgets.AmountsBefore - 1;
        var usable = (spentAfter || spentBefore) && !(actual!.Whole is { } w && state.BudgetWholes.Contains(w)) && !state.BudgetWholes.Contains(actual);
        if (usable) SetPair(b.Number, actual!, budgetStart);
        Add(new NarrativeFact(FactKind.Completion, state.Budgets.Subject, sentence, Place(budgetStart, m.End, b.Start))
        {
            Against = BudgetBases.KindOf(named ?? budget.Label), Budget = b.Number, BudgetName = budget.Derivation is { } d ? $"{named}（{d}）" : named, BudgetWords = budget.Words, Amount = usable ? actual!.Amount : null, Unit = b.Unit, Percent = m.Number, Subject = usable ? actual : null,
        });
        state.Budgets.Clear();
    }

    /// <summary>
    /// “支出总计1500.00万元，上年为1200.00万元，增长25.00%”: a rate with no Δ, of the amount whose last-year figure the
    /// text states; a change without an amount, checked against that figure.
    /// </summary>
    private void ReadRate(string text, SentenceState state, List<NumberMention> mentions, int i, int direction, string raw, int labelBegin, string sentence)
    {
        var against = BudgetBaseOf(text, mentions, i, raw, labelBegin, state.Begin);
        var current = LastAmountAt(text, state, mentions[i].Start) ?? (against is null ? null : PairedActual());
        if (current is null || i + 1 < mentions.Count && mentions[i + 1].IsMoney && PreviousChangeRate(text, mentions, i + 1, direction, state.Begin) == i) return;
        var budgetFigure = against is { } b ? ComparedBudget(state, b.Name, current) : null;
        if (budgetFigure is null && !facts.Any(f => f.Kind == FactKind.Previous && f.Subject == current && f.Amount is not null)) return;
        var m = mentions[i];
        Add(new NarrativeFact(FactKind.Change, string.Empty, sentence, Place(StartOf(current, state, labelBegin), m.End, m.Start))
        {
            Unit = current.Unit, Direction = direction, Percent = m.Number, Subject = current, Base = PreviousYearWords.ChangeBaseOf(raw) is { Length: > 0 } named ? named : null,
            Against = against?.Kind ?? ChangeBase.LastYear, BudgetName = against?.Name, Budget = budgetFigure,
        });
    }

    /// <summary>
    /// The budget a change (or its rate, <paramref name="mentions"/>[<paramref name="i"/>]) is measured against: named in its label
    /// <paramref name="raw"/> (“较年初预算增加”), or in a comparison clause right before it (“与年初预算相比，增加…”); null for last year.
    /// </summary>
    private (ChangeBase Kind, string Name)? BudgetBaseOf(string text, List<NumberMention> mentions, int i, string raw, int labelBegin, int sentenceBegin)
    {
        if (BudgetBases.Of(raw, year) is { } named) return named;
        var from = i > 0 ? Math.Max(mentions[i - 1].End, sentenceBegin) : sentenceBegin;
        if (from >= labelBegin) return null;
        var clause = text[from..labelBegin].Trim().TrimEnd('，', ',').TrimEnd();
        return LabelWords.Default.EndsWithComparison(clause) ? BudgetBases.Of(clause, year) : null;
    }

    /// <summary>
    /// “较年初预算0.36万元增加0.12万元”, “比年初预算的199.99万元减少”, “与年初预算0.36万元相比增加”, “较年初安排的11.75万元节约”: the budget
    /// stated inside the comparison, right before the Δ (or its rate, <paramref name="mentions"/>[<paramref name="i"/>]) whose own words
    /// (<paramref name="raw"/>) are no more than its verb, a closer, or the budget of the item the amount just stated names; else null.
    /// </summary>
    private ((ChangeBase Kind, string Name) Against, PrintedNumber Figure)? StatedBudget(string text, SentenceState state, List<NumberMention> mentions, int i, string raw)
    {
        if (i == 0 || !mentions[i - 1].IsMoney || mentions[i - 1].Unit != mentions[i].Unit) return null;
        var floor = i >= 2 ? Math.Max(mentions[i - 2].End, state.Begin) : state.Begin;
        var begin = Labels.LabelStart(text, mentions[i - 1].Start, floor).Begin;
        var after = BudgetBases.IsSaving(raw) ? string.Empty : Labels.ChangeSubject(raw);
        if (BudgetBases.Stated(text[begin..mentions[i - 1].Start], after, year) is not { } named) return null;
        // “共支付电费4.75万元，比年初列支的7万元电费预算减少了2.25万元”: the budget of an item is of the 决算 just stated that names it.
        if (named.Item.Length > 0 && state.LastAmount?.Quantity.Contains(named.Item, StringComparison.Ordinal) != true) return null;
        return ((named.Kind, named.Name), mentions[i - 1].Number);
    }

    /// <summary>“较年初安排的11.75万元节约1.58万元”: a fall (−1) when the words of <paramref name="mentions"/>[<paramref name="i"/>] save against a budget stated right before; else null.</summary>
    private int? SavedAgainstStatedBudget(string text, SentenceState state, List<NumberMention> mentions, int i, string raw) =>
        BudgetBases.IsSaving(raw) && StatedBudget(text, state, mentions, i, raw) is not null ? -1 : null;

    /// <summary>
    /// “比年初列支的7万元电费预算减少了2.25万元”: <paramref name="mentions"/>[<paramref name="i"/>] is the budget the change right after it is
    /// measured against, and no amount of its own, when its words (<paramref name="raw"/>) do not already make it a budget figure.
    /// </summary>
    private bool StatesBudgetOfNext(string text, SentenceState state, List<NumberMention> mentions, int i, string raw)
    {
        if (budget || Labels.IsBudgetLabel(raw) || i + 1 >= mentions.Count || !mentions[i + 1].IsMoney) return false;
        var next = text[Labels.LabelStart(text, mentions[i + 1].Start, mentions[i].End).Begin..mentions[i + 1].Start];
        return (Labels.ChangeDirection(next) is not null || BudgetBases.IsSaving(next)) && StatedBudget(text, state, mentions, i + 1, next) is not null;
    }

    /// <summary>The 决算 of <see cref="pair"/> when no amount was read since: what “较年初预算增加…” opening the next sentence is of.</summary>
    private NarrativeFact? PairedActual() => pair is { } p && amountsSincePair == 0 ? p.Actual : null;

    /// <summary>
    /// “年初预算为0.36万元，支出决算为0.48万元，较年初预算增加0.12万元” (or the budget and 决算 of the sentence before, “…决算数为年初预算数的
    /// 133.33%。较年初预算增加…”): the budget named <paramref name="name"/> that a change of <paramref name="subject"/> is measured
    /// against, when the text states it before <paramref name="subject"/>; else null.
    /// </summary>
    private PrintedNumber? ComparedBudget(SentenceState state, string name, NarrativeFact? subject)
    {
        if (subject is null) return null;
        if (state.Budgets.For(name) is { IsChange: false } b && state.Amounts.IndexOf(subject) >= state.Budgets.AmountsBefore && b.Mention.Unit == subject.Unit) return b.Mention.Number;
        return pair is { } p && p.Actual == subject ? p.Budget : null;
    }

    /// <summary>
    /// “公务接待费年初预算7.00万元，公务接待费支出决算比年初预算减少2.00万元”, no 决算 stated: the budget named <paramref name="name"/>
    /// stated before of the changed <paramref name="quantity"/> (the budget's subject opens its name), in the change's unit; else null.
    /// </summary>
    private static PrintedNumber? OwnBudget(SentenceState state, string name, string quantity, string? unit) =>
        state.Budgets.For(name) is { IsChange: false } b && b.Mention.Unit == unit && Labels.BudgetSubject(b.Label) is { Length: > 0 } of && quantity.StartsWith(of, StringComparison.Ordinal)
            ? b.Mention.Number
            : null;

    /// <summary>
    /// “决算数为3,216.40万元，比2023年预算数增加16.40万元，完成预算的100.51%”: the budget <paramref name="actual"/> is said to exceed
    /// or fall short of, since it was read (3,216.40 − 16.40), and how it was worked out (none when the comparison states the budget:
    /// “比年初列支的7万元电费预算减少了2.25万元”); null when no such difference is stated.
    /// </summary>
    private (PrintedNumber Budget, string Name, string? Derivation)? BudgetByDifference(NarrativeFact actual)
    {
        for (var j = facts.Count - 1; j >= 0 && facts[j] != actual; j--)
        {
            var f = facts[j];
            if (f.Kind != FactKind.Change || f.Subject != actual || f.Base != PreviousYearWords.BudgetBase && f.Against == ChangeBase.LastYear || f.Amount is not PrintedNumber delta || actual.Amount is not PrintedNumber spent) continue;
            // “比年初列支的7万元电费预算减少了2.25万元，完成该项目的67.86%”: the budget stated in the comparison, not worked out.
            if (f.Budget is PrintedNumber stated && f.BudgetName is { } name) return (stated, name, null);
            var sign = f.Direction > 0 ? "－" : "＋";
            var derivation = $"{NumberText.Normalize(spent.Text)}{sign}{NumberText.Normalize(delta.Text)}";
            return (PrintedNumber.Add(spent, delta, -f.Direction), $"预算（{derivation}）", derivation);
        }
        return null;
    }

    /// <summary>“完成预算的80.00%（年初预算为10.00万元）”: the budget in brackets right after a completion rate, if any.</summary>
    private static int? BudgetAside(string text, List<NumberMention> mentions, int i)
    {
        if (i + 1 >= mentions.Count || !mentions[i + 1].IsMoney) return null;
        var between = text[mentions[i].End..mentions[i + 1].Start].Trim();
        return between.Length is > 1 and <= 12 && between[0] is '（' or '(' && Labels.IsBudgetLabel(between[1..]) ? i + 1 : null;
    }

    /// <summary>
    /// “较上年增加5.00万元，为55.00万元”: the amount right after a Δ, in its unit, that only “为” (or “降至”, … — label-words.json) leads to;
    /// its index, or null.
    /// </summary>
    private static int? ReachedAmount(string text, List<NumberMention> mentions, int i) =>
        i + 1 < mentions.Count && mentions[i + 1].IsMoney && mentions[i + 1].Unit == mentions[i].Unit
            && LabelWords.Default.LeadsToReached(text[mentions[i].End..mentions[i + 1].Start]) ? i + 1 : null;

    /// <summary>The percent right after a Δ (“增加298.91万元，增长7.45%”), if any.</summary>
    private static int? NextChangeRate(string text, List<NumberMention> mentions, int i)
    {
        // “较上年减少36.08万元（上年为228.66万元），下降15.78%”: last year's figure in brackets stands between the Δ and its rate.
        var next = i + 2 < mentions.Count && mentions[i + 1].IsMoney && Labels.IsPreviousYearAside(text, mentions[i + 1].Start) ? i + 2 : i + 1;
        if (next >= mentions.Count || !mentions[next].IsPercent) return null;
        var between = text[mentions[next - 1].End..mentions[next].Start];
        return between.Length <= 12 && ChangeVerb().IsMatch(between) && !between.Contains('；') ? next : null;
    }

    /// <summary>
    /// “同比增长7.45%，增加298.91万元”: the percent right before a Δ, when its own words are a change in the same
    /// direction and nothing but the Δ's verb stands between them.
    /// </summary>
    private static int? PreviousChangeRate(string text, List<NumberMention> mentions, int i, int direction, int sentenceBegin)
    {
        if (i == 0 || !mentions[i - 1].IsPercent) return null;
        var rate = mentions[i - 1];
        var between = text[rate.End..mentions[i].Start];
        if (between.Length > 12 || between.Contains('；') || !ChangeVerb().IsMatch(between)) return null;
        var floor = i >= 2 ? mentions[i - 2].End : sentenceBegin;
        var (begin, _) = Labels.LabelStart(text, rate.Start, floor);
        return Labels.ChangeDirection(text[begin..rate.Start]) == direction ? i - 1 : null;
    }

    private void Add(NarrativeFact fact)
    {
        fact.Section = section;
        fact.Paragraph = index;
        facts.Add(fact);
    }

    private sealed class SentenceState
    {
        /// <summary>Where the sentence begins in the paragraph's text.</summary>
        public int Begin { get; init; }

        public HashSet<int> Consumed { get; } = new();

        public Stack<ListFrame> Lists { get; } = new();

        /// <summary>Lists of counts (“其中：…0辆；…6辆”), apart from the lists of amounts.</summary>
        public Stack<ListFrame> CountLists { get; } = new();

        public NarrativeFact? LastCount { get; set; }

        public List<NarrativeFact> Amounts { get; } = new();

        public NarrativeFact? LastAmount { get; set; }

        /// <summary>A bound (“50万元以上”) was read since the last amount: a list now has no known whole.</summary>
        public bool WholeOutOfReach { get; set; }

        /// <summary>The last change read, and where its last number ends in the paragraph's text.</summary>
        public NarrativeFact? LastChange { get; set; }

        public int LastChangeEnd { get; set; } = -1;

        /// <summary>The sentence read before this one in the paragraph, if any.</summary>
        public SentenceState? Previous { get; init; }

        /// <summary>A change that named its quantity but not its amount, and the index of the amount stated right after it (“…增加5.00万元，为55.00万元”).</summary>
        public (NarrativeFact Change, int Mention)? Reached { get; set; }

        /// <summary>A change (“较上年增加100万元”) was read since the last amount.</summary>
        public bool ChangedSinceAmount { get; set; }

        /// <summary>Where the number of <see cref="LastAmount"/> ends in the paragraph's text.</summary>
        public int LastAmountEnd { get; set; } = -1;

        /// <summary>Budget figures read as amounts, the wholes of budgets listed as their parts (<see cref="BudgetBreakdowns"/>).</summary>
        public HashSet<NarrativeFact> BudgetWholes { get; } = new();

        /// <summary>The budget figures waiting for their 决算 and rate.</summary>
        public PendingBudgets Budgets { get; } = new();

        /// <summary>The names listed before “分别为” still to label the next amounts, and the amounts they labelled.</summary>
        public Queue<string> RespectiveNames { get; } = new();

        public List<NarrativeFact> RespectiveAmounts { get; } = new();

        /// <summary>Which of <see cref="RespectiveAmounts"/> the last “分别占” share was of, while more may follow; and its base.</summary>
        public int? RespectiveShares { get; set; }

        public string? RespectiveShareBase { get; set; }
    }

    /// <summary>A list being read; one opened by “其中，” (<paramref name="afterComma"/>) cannot continue with “，”, which also ends a clause.</summary>
    private sealed class ListFrame(NarrativeFact? whole, bool examples, bool complete, bool afterComma)
    {
        public bool AfterComma { get; } = afterComma;

        public NarrativeFact? Whole { get; } = whole;

        public bool Examples { get; } = examples;

        public bool Complete { get; } = complete;

        public char Separator { get; set; }

        public int Items { get; set; }

        /// <summary>Where the label of the last item begins in the paragraph's text.</summary>
        public int LastLabel { get; set; }

        /// <summary>How many brackets were open at its first item: a close below that ends the list.</summary>
        public int Depth { get; set; }

        /// <summary>Opened by a bracket after its whole: only the bracket's close ends it, not a “；” within.</summary>
        public bool Bracketed { get; set; }
    }
}
