using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds counts stated with the items they count: the items after the count (“设13个内设机构，分别为：办公室、
/// 预算科…”, “内设机构 4 个，包括：…”), before it (“将电费、…、驻村帮扶费用8个项目纳入绩效评价”), numbered in the
/// same sentence (“…3个项目：1.…；2.…；3.…”), or, after a paragraph that ends with the count and a colon, in
/// the numbered paragraphs (“1.”, “（一）”, “一是”, “一、”) or the numbered rows of the table that follow; after a paragraph
/// whose last sentence states the count, in the paragraphs “一是…”, “二是…” that follow. Counts may be written in Chinese
/// numerals (“三个”, “十二个”). The wording is data: counted-lists.json, and the list-lead words of list-leads.json.
/// </summary>
public sealed partial class CountedLists
{
    /// <summary>How far numbered paragraphs are followed after the paragraph that announces them.</summary>
    private const int Reach = 200;

    private readonly Vocabulary words;
    private readonly Regex count;
    private readonly Regex itemNumber;
    private readonly List<string> openers;
    private readonly List<string> partialOpeners;
    private readonly HashSet<string> someOpeners;
    private readonly ListedSums sums;
    private readonly AmountItems amountItems;

    private CountedLists(Vocabulary vocabulary)
    {
        words = vocabulary;
        var units = string.Join('|', vocabulary.Units.Select(Regex.Escape));
        var notCounts = string.Join('|', vocabulary.NotCounts.Select(Regex.Escape));
        count = new Regex($@"(?<![0-9.．第])(?<n>[0-9]{{1,4}}|[一二两三四五六七八九十]{{1,3}})\s*(?:{units})(?!{notCounts})", RegexOptions.Compiled);
        var points = string.Join('|', vocabulary.Points.Select(Regex.Escape));
        itemNumber = new Regex($@"^\s*(?:(?<n>[0-9]{{1,2}})\s*[.．、](?![0-9])|[（(](?<n>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})[）)]|(?<n>[一二三四五六七八九十]{{1,3}})(?:(?<point>{points})|、))", RegexOptions.Compiled);
        openers = vocabulary.Openers.Concat(ListLeads.Default.Every).OrderByDescending(w => w.Length).ToList();
        someOpeners = vocabulary.SomeOpeners.ToHashSet(StringComparer.Ordinal);
        partialOpeners = ListLeads.Default.Examples.Concat(someOpeners).OrderByDescending(w => w.Length).ToList();
        sums = new ListedSums(AmountKinds.Default);
        amountItems = new AmountItems(AmountKinds.Default.All, vocabulary.Tallies);
    }

    public static CountedLists Default { get; } = new(VocabularyFile.Load<Vocabulary>("counted-lists.json"));

    /// <summary>The counted lists stated in the paragraph <paramref name="blocks"/>[<paramref name="index"/>].</summary>
    public IEnumerable<CountedList> Read(IReadOnlyList<Block> blocks, int index)
    {
        if (blocks[index] is not ParagraphBlock paragraph) yield break;
        var text = paragraph.Text;
        foreach (Match m in count.Matches(text))
        {
            if (OutlineHeadings.Value(m.Groups["n"].Value) is not int stated) continue;
            var start = ListItems.ClauseStart(text, m.Index);
            var list = After(text, m, blocks, index) is { } after
                ? after.Money.Count > 0 ? after : after with { Money = MoneyClauses.Before(text, start, m.Index) }
                : Before(text, m.Index) ?? ItemsWithAmountsBefore(text, start, m)
                    ?? (NounBefore(text, m) is { } noun ? UnderNextSibling(noun, blocks, index, text.Length) is { } later ? later with { Noun = string.Empty } : null : null);
            if (list is not { } l || l.Items.Count < 2 || l.Items.All(i => i.Length == 0 || char.IsDigit(i[0]))) continue;
            var paired = sums.Pair(l.Money, l.Items, StatedNones.Of(text));
            CountedList Stating(int total, int from) =>
                new(total, l.Items, l.Items.Count(Joins), l.Partial && !(l.SomeOpened && paired.Any(s => Covers(s, l.Items.Count))), text[from..(m.Index + m.Length)].Trim() + l.Noun,
                    paragraph.LocationOf(Math.Min(from, l.Start), Math.Max(l.End, m.Index + m.Length), m.Index))
                {
                    Sums = paired,
                };
            var own = Stating(stated, start);
            yield return !own.Agrees && l.Noun.Length == 0 && KindCounts(text, m, stated) is var (total, first) ? Stating(total, first) : own;
        }
    }

    /// <summary>
    /// True when the amounts of all <paramref name="items"/> items add up to the sum stated with their count (“共2个项目，涉及资金108.78万元，
    /// 其中：A项目60.00万元，B项目48.78万元”): the money is all accounted for, so the list opened by “其中” names every item (numbered
    /// paragraphs after a count, “1.重点项目，资金500.00万元” and “2.一般项目，资金300.00万元” of 15 projects, may group them: they stay partial).
    /// </summary>
    private static bool Covers(ListedSum sum, int items) =>
        sum.Items is { Count: >= 2 } amounts && amounts.Count == items && Interval.Sum(amounts.Select(a => a.Interval)).Overlaps(sum.Stated.Interval);

    /// <summary>
    /// The counts of kinds of one whole stated in the clauses right before the clause of <paramref name="stating"/> (<paramref name="stated"/>),
    /// each clause nothing but a kind and its count, every kind ending in the same word (“本部门中，行政单位1家，参公单位1家，事业单位4家，
    /// 具体包括：” lists the units of every kind): their total and where the first starts; null when the count's kind stands alone or the
    /// kinds name different things (“设内设机构5个，直属单位3个，分别为：…” lists the 直属单位 only).
    /// </summary>
    private (int Total, int Start)? KindCounts(string text, Match stating, int stated)
    {
        var own = ListItems.ClauseStart(text, stating.Index, KindBreaks);
        var head = KindHead(text[own..stating.Index]);
        var unit = Unit(stating);
        var (total, first) = (stated, own);
        while (head is not null && first > 1 && text[first - 1] is '，' or ',' or '、')
        {
            var clauseStart = ListItems.ClauseStart(text, first - 1, KindBreaks);
            var clause = text[clauseStart..(first - 1)];
            var kind = count.Matches(clause).LastOrDefault() is { } c && clause[(c.Index + c.Length)..].Trim().Length == 0 && Unit(c) == unit ? c : null;
            if (kind is null || KindHead(clause[..kind.Index]) != head || OutlineHeadings.Value(kind.Groups["n"].Value) is not int n) break;
            (total, first) = (total + n, clauseStart);
        }
        return first < own ? (total, first) : null;
    }

    /// <summary>The clause breaks, and the “、” kinds may be counted in turn with (“其中行政单位1家、事业单位2家”).</summary>
    private static readonly string KindBreaks = Punctuation.ClauseBreaks + "、";

    /// <summary>The unit a count is stated in (“家” of “4 家”).</summary>
    private static string Unit(Match count) => count.Value[count.Groups["n"].Length..].Trim();

    /// <summary>The last two characters of a kind written as Han characters only (“事业单位” → “单位”), or null.</summary>
    private static string? KindHead(string kind)
    {
        kind = kind.Trim();
        return kind.Length >= 3 && kind.All(c => c is >= '\u4e00' and <= '\u9fa5') ? kind[^2..] : null;
    }

    private static readonly char[] Conjunctions = { '和', '及', '与' };

    /// <summary>An item that may be two joined by “和/及/与” (“A和B”).</summary>
    private static bool Joins(string item) => Conjunctions.Any(c => ListItems.Split(item, c).Count > 1);

    /// <summary>
    /// The items after the count <paramref name="count"/>: “N个X，分别为：A、B”, “N个X：1.…2.…”, or the numbered paragraphs or table
    /// rows after “N个X，分别是：”; after a count whose noun stands before it (“共实施项目3个。”), the paragraphs under the next title.
    /// </summary>
    private Listed? After(string text, Match count, IReadOnlyList<Block> blocks, int index)
    {
        var end = count.Index + count.Length;
        var clauseEnd = ListItems.NextOutside(text, end, "，,；;。：:、（(");
        var clause = text[end..clauseEnd];
        int itemsStart;
        string noun;
        bool partial;
        var lead = string.Empty;
        var money = MoneyClauses.None;
        if (Opener(clause, anywhere: true) is (int at, string marker, bool p))
        {
            (noun, itemsStart, partial, lead) = (clause[..at], end + at + marker.Length, p, marker);
        }
        else if (clauseEnd < text.Length && text[clauseEnd] is '：' or ':')
        {
            (noun, itemsStart, partial) = (clause, clauseEnd + 1, false);
        }
        else if (clauseEnd < text.Length && text[clauseEnd] is '，' or ',')
        {
            (var nextStart, money) = MoneyClauses.Between(text, clauseEnd + 1);
            var nextEnd = ListItems.NextOutside(text, nextStart, Punctuation.ClauseBreaks);
            var next = text[nextStart..nextEnd];
            if (Opener(next, anywhere: false) is (_, string m2, bool p2)) (itemsStart, partial, lead) = (nextStart + m2.Length, p2, m2);
            else if (NextSentenceOpener(text, nextStart, nextEnd) is var (m3, p3, sum))
            {
                // “共涉及一级项目5个，资金6,200.00万元。分别为：…”: the last sum ends the sentence, the next one opens the items.
                (itemsStart, partial, lead) = (nextEnd + 1 + m3.Length, p3, m3);
                money = money.Append(sum).ToList();
            }
            else if (nextEnd < text.Length && text[nextEnd] is '：' or ':' && next.TrimEnd().EndsWith("如下", StringComparison.Ordinal)) (itemsStart, partial) = (nextEnd + 1, false);
            else if (nextEnd < text.Length && text[nextEnd] is '：' or ':' && MoneyClauses.Sum(next) is { } closing)
            {
                // “项目共3个，涉及资金108.78万元：A项目50.00万元，…”: the last sum, closed by a colon, opens the items.
                (itemsStart, partial) = (nextEnd + 1, false);
                money = money.Append(closing).ToList();
            }
            else if (OpensPoints(next)) (itemsStart, partial) = (nextStart, false);
            else return Points(text, nextStart, clause, count, blocks, index) is { } points ? points with { Money = MoneyClauses.Closing(text, clauseEnd + 1) } : null;
            noun = clause;
        }
        else return Points(text, clauseEnd, clause, count, blocks, index);
        while (itemsStart < text.Length && text[itemsStart] is '：' or ':' or ' ' or '\u3000') itemsStart++;
        noun = noun.Trim();
        var listed = text[itemsStart..].Trim().Length == 0
            ? Following(blocks, index) is { } following ? new Listed(noun, following, partial, text.Length) : null
            : Items(text, itemsStart, noun, partial);
        if (listed is null || someOpeners.Contains(lead) && !listed.Items.All(StatesMoneyOrScore)) return null;
        listed = listed with { SomeOpened = someOpeners.Contains(lead) };
        return money.Count > 0 ? listed with { Money = money } : WithClosingSum(text, listed);
    }

    /// <summary>“共对3个项目开展绩效自评，一是A项目；二是B项目；…”: the clause after the count's opens its first point.</summary>
    private bool OpensPoints(string clause) => OpensPoint(clause, 1);

    /// <summary>
    /// “共3个：①A项目45万元；②B项目30万元；③C项目25万元，合计100万元。”, “共3个项目：A项目50万元、B项目40万元、C项目30万元，
    /// 合计120万元。”: a clause of only words that total and a sum, right after the last item's own amount, is the sum of the list,
    /// not part of that item.
    /// </summary>
    private Listed WithClosingSum(string text, Listed listed)
    {
        if (listed.Items.Count == 0) return listed;
        var last = listed.Items[^1];
        var cut = last.LastIndexOfAny(['，', ',']);
        if (cut > 0 && StatesMoneyOrScore(last[..cut]) && TotalSum(last[(cut + 1)..]) is { } sum)
            return listed with { Items = [.. listed.Items.SkipLast(1), last[..cut].Trim()], Money = [sum] };
        if (listed.End >= text.Length || text[listed.End] is not ('，' or ',') || !StatesMoneyOrScore(last)) return listed;
        var next = text[(listed.End + 1)..ListItems.NextOutside(text, listed.End + 1, Punctuation.ClauseBreaks)];
        return TotalSum(next) is { } after ? listed with { Money = [after] } : listed;
    }

    /// <summary>“合计120万元”: the sum <paramref name="clause"/> states after only words that total, or null.</summary>
    private (string Label, PrintedNumber Amount)? TotalSum(string clause) => MoneyClauses.Sum(clause) is { } sum && Tally(sum.Label) ? sum : null;

    /// <summary>
    /// The points or titled paragraphs after a count whose clause ends with the words <paramref name="after"/> it. A count with no
    /// words after it counts a word of <c>titledNouns</c> that ends its clause before it, words that total aside (“共实施项目3个。”,
    /// “项目共3个”); that word is already in the quoted text of the count, so the list adds no noun to it.
    /// </summary>
    private Listed? Points(string text, int from, string after, Match count, IReadOnlyList<Block> blocks, int index)
    {
        if (after.Trim().Length > 0) return Points(text, from, after, blocks, index);
        return Points(text, from, NounBefore(text, count) ?? after, blocks, index) is { } listed ? listed with { Noun = string.Empty } : null;
    }

    /// <summary>The word of <c>titledNouns</c> that ends the clause before <paramref name="count"/>, words that total aside (“支出项目共8个”), or null.</summary>
    private string? NounBefore(string text, Match count)
    {
        var before = TrimTallies(text[ListItems.ClauseStart(text, count.Index)..count.Index]);
        return words.TitledNouns.FirstOrDefault(n => before.EndsWith(n, StringComparison.Ordinal));
    }

    /// <summary>
    /// The opener of the next sentence, when the clause [<paramref name="start"/>, <paramref name="end"/>) states one sum and ends
    /// the sentence, and the next sentence opens with an opener (“。分别为：”): the opener, whether it promises only some items, and the sum.
    /// </summary>
    private (string Marker, bool Partial, (string Label, PrintedNumber Amount) Sum)? NextSentenceOpener(string text, int start, int end)
    {
        if (end >= text.Length || text[end] != '。' || MoneyClauses.Sum(text[start..end]) is not { } sum) return null;
        var nextEnd = ListItems.NextOutside(text, end + 1, Punctuation.ClauseBreaks);
        return Opener(text[(end + 1)..nextEnd], anywhere: false) is (_, string marker, bool partial) ? (marker, partial, sum) : null;
    }

    /// <summary>
    /// An item that states an amount of money or a score of its own (“A项目预算50万元，执行48万元”, “A项目自评得分96分”): what a list
    /// opened by “其中” after a count must be — “其中行政单位1个、事业单位1个” counts kinds, it names no items.
    /// </summary>
    private static bool StatesMoneyOrScore(string item) => NumberScanner.Scan(item).Any(n => n.IsMoney || n.IsScore);

    /// <summary>
    /// The items written out from <paramref name="start"/>: numbered to the end of the sentence, or separated by “、” (to the end
    /// of the clause) or “；” (to the end of the sentence). Items that state amounts of their own with a “、” between them
    /// (“A项目预算50万元、支出45万元；B项目…”) are separated by the “；”.
    /// </summary>
    private Listed? Items(string text, int start, string noun, bool partial)
    {
        var sentenceEnd = ListItems.NextOutside(text, start, "。");
        if (PointsPastFullStop(text, start) is var (points, pointsEnd) && pointsEnd > sentenceEnd) return Closed(points, partial || OpenAfter(text, pointsEnd), noun, pointsEnd);
        var numbered = ListItems.Numbered(text[start..sentenceEnd]);
        if (numbered.Count > 0) return new Listed(noun, numbered, partial, sentenceEnd);
        var first = ListItems.NextOutside(text, start, "、；;，,。");
        if (first < text.Length && text[first] is '，' or ',') return amountItems.Following(text, start, sentenceEnd) is { } clauses ? Closed(clauses, partial || OpenAfter(text, sentenceEnd), noun, sentenceEnd) : null;
        if (first == sentenceEnd) return Halves(text[start..first]) is { } pair ? Closed(pair, partial || OpenAfter(text, first), noun, first) : null;
        if (first >= text.Length || text[first] is not ('、' or '；' or ';')) return null;
        var separator = text[first] == '、' && !AmountItems(text, start) ? '、' : '；';
        var end = separator == '、' ? ListItems.NextOutside(text, start, "，,；;。") : sentenceEnd;
        var items = ListItems.Split(text[start..end].Replace(';', '；'), separator);
        if (separator == '、') SplitLastJoined(items);
        return Closed(items, partial || OpenAfter(text, end), noun, end);
    }

    /// <summary>
    /// “一是加强预算管理。二是规范资金使用；三是强化绩效监控。四是…”: the points from <paramref name="start"/>, each running to the “；” or
    /// “。” after which the next point opens, and where the last ends (the end of its sentence); null when no point 1 opens there.
    /// </summary>
    private (List<string> Items, int End)? PointsPastFullStop(string text, int start)
    {
        if (!OpensPoint(text[start..], 1)) return null;
        var items = new List<string>();
        var (at, from) = (start, start);
        while (true)
        {
            var end = ListItems.NextOutside(text, from, "；;。");
            if (end < text.Length && OpensPoint(text[(end + 1)..], items.Count + 2))
            {
                items.Add(text[at..end].Trim());
                (at, from) = (end + 1, end + 1);
                continue;
            }
            if (end < text.Length && text[end] is '；' or ';')
            {
                from = end + 1;
                continue;
            }
            items.Add(text[at..end].Trim());
            return (items, end);
        }
    }

    /// <summary>The text opens with the point numbered <paramref name="n"/> (“二是”, “三要”).</summary>
    private bool OpensPoint(string text, int n) => PointNumber(text) == n;

    /// <summary>The number of the point <paramref name="text"/> opens with (“二是…” 2, <c>points</c>), or null.</summary>
    public int? PointNumber(string text) => itemNumber.Match(text) is { Success: true } m && m.Groups["point"].Success ? OutlineHeadings.Value(m.Groups["n"].Value) : null;

    /// <summary>The first item from <paramref name="start"/> to a “；” states two or more amounts (“A项目预算50万元、支出45万元；”).</summary>
    private static bool AmountItems(string text, int start)
    {
        var end = ListItems.NextOutside(text, start, Punctuation.ItemEnds);
        return end < text.Length && text[end] is '；' or ';' && NumberScanner.Scan(text[start..end]).Count(m => m.IsMoney) >= 2;
    }

    /// <summary>
    /// “A项目、B项目和C项目”, “办公室、预算科和国库科”: the last item of a “、” list made of two names joined by “和/及/与” that
    /// end alike is two items (“政务服务和大数据管理局”, “财务和审计科” stay one name); “以及” joins like “及”.
    /// </summary>
    private static void SplitLastJoined(List<string> items)
    {
        if (items.Count < 2 || Halves(items[^1]) is not { } halves) return;
        items.RemoveAt(items.Count - 1);
        items.AddRange(halves);
    }

    /// <summary>
    /// “A项目（60.00万元）和B项目（48.78万元）”: the two names joined by “和/及/与” that end alike, which <paramref name="item"/> is
    /// (also a whole list of two after an opener: “分别是A项目和B项目”); null when it is one name.
    /// </summary>
    private static List<string>? Halves(string item)
    {
        foreach (var c in Conjunctions)
        {
            var halves = ListItems.Split(item, c).Select(h => c == '及' ? h.TrimEnd('以') : h).ToList();
            if (halves.Count == 2 && halves.All(h => h.Length >= 2) && halves[0][^1] == halves[1][^1]) return halves;
        }
        return null;
    }

    /// <summary>
    /// “A、B、C等N个X”: the items before the count, when at least two, none with a number (“设21个内设机构、机关
    /// 党委和4个…” is no list) and the last not joined to the count (“…和4个”). What opens the clause before the first
    /// item is no part of its name: a list word, the subject or the year (“其中办公室、…”, “2023年A项目、B项目等2个项目”).
    /// </summary>
    private Listed? Before(string text, int numberStart)
    {
        var end = numberStart;
        while (end > 0 && text[end - 1] is ' ' or '\u3000' or '共') end--;
        var start = ListItems.ClauseStart(text, end);
        var items = ListItems.Split(ListItems.WithoutOrdinal(text[start..end]), '、');
        items[0] = Labels.Clean(LeadingYear().Replace(items[0], string.Empty));
        if (items.Count < 2 || items.Any(i => i.Any(char.IsDigit)) || Conjunctions.Any(items[^1].EndsWith)) return null;
        return Closed(items, false, string.Empty, numberStart);
    }

    /// <summary>“本部门在2023年度部门决算中反映A项目”: what opens the first item up to a year is no part of its name.</summary>
    [GeneratedRegex("^.*" + LabelWordsFile.Year)]
    private static partial Regex LeadingYear();

    /// <summary>
    /// “A项目50万元、B项目40万元、C项目30万元，共3个项目，合计120万元。”, “A项目50万元；B项目40万元；合计2个项目，共计90万元。”: a
    /// count whose clause holds nothing before it but words that total (“共”, “以上”), closing the items before it — in the
    /// clause before it separated by “、”, each stating one amount, or in the clauses before it separated by “；”, each stating
    /// its amounts (“A项目预算50万元、执行48万元；B项目…”); the sums stated after the count are theirs (the count's noun is what
    /// stands before the first of them).
    /// </summary>
    private Listed? ItemsWithAmountsBefore(string text, int clauseStart, Match count)
    {
        var prefix = text[clauseStart..count.Index];
        if (clauseStart < 2 || text[clauseStart - 1] is not ('，' or ',' or '；' or ';') || !Tally(prefix)) return null;
        var itemsStart = ListItems.ClauseStart(text, clauseStart - 1);
        List<string> items;
        if (itemsStart > 0 && text[itemsStart - 1] is '；' or ';')
        {
            if (amountItems.Preceding(text, clauseStart - 1) is not var (start, clauses)) return null;
            (itemsStart, items) = (start, clauses);
        }
        else
        {
            items = ListItems.Split(text[itemsStart..(clauseStart - 1)], '、');
            SplitLastJoined(items);
            if (items.Count < 2 || !items.All(i => NumberScanner.Scan(i) is { Count: 1 } n && n[0].IsMoney && n[0].Start > 0)) return null;
        }
        var end = count.Index + count.Length;
        var nounEnd = ListItems.NextOutside(text, end, Punctuation.ClauseBreaks);
        var noun = text[end..nounEnd];
        var cut = noun.IndexOfAny("0123456789".ToCharArray());
        if (cut >= 0) noun = TrimTallies(noun[..cut]);
        return new Listed(noun.Trim(), items, false, count.Index + count.Length) { Start = itemsStart, Money = MoneyClauses.Closing(text, end) };
    }

    /// <summary>“共”, “以上”, “合计共”: <paramref name="words"/> are only words that total (or nothing).</summary>
    private bool Tally(string words) => TrimTallies(words).Length == 0;

    /// <summary><paramref name="words"/> without the words that total at their end (“项目合计” → “项目”).</summary>
    private string TrimTallies(string words)
    {
        words = words.Trim();
        for (var cut = true; cut;)
        {
            cut = false;
            foreach (var w in words.Length > 0 ? this.words.Tallies : Enumerable.Empty<string>())
            {
                if (!words.EndsWith(w, StringComparison.Ordinal)) continue;
                words = words[..^w.Length].Trim();
                cut = true;
                break;
            }
        }
        return words;
    }

    /// <summary>
    /// The list with a closing “等” taken off its last item (which makes it partial) and a list word off its first (“分别为：其中
    /// A项目、B项目”), which is no part of its name.
    /// </summary>
    private Listed Closed(List<string> items, bool partial, string noun, int end)
    {
        if (ListLeads.Default.AtStart(items[0]) is { Success: true } lead) items[0] = items[0][lead.Length..].TrimStart('：', ':', '，', ',', ' ');
        foreach (var word in words.PartialEnds)
        {
            if (!items[^1].EndsWith(word, StringComparison.Ordinal)) continue;
            items[^1] = items[^1][..^word.Length].Trim();
            partial = true;
            break;
        }
        items.RemoveAll(i => i.Length == 0);
        return new Listed(noun, items, partial, end);
    }

    /// <summary>“…、数据资源科等，”: the list at <paramref name="end"/> is followed by a word that leaves it open.</summary>
    private bool OpenAfter(string text, int end) => words.PartialEnds.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0);

    /// <summary>An opener in <paramref name="clause"/> (at its start unless <paramref name="anywhere"/>): where, which, and whether it promises only some items.</summary>
    private (int At, string Marker, bool Partial)? Opener(string clause, bool anywhere)
    {
        (int At, string Marker, bool Partial)? best = null;
        foreach (var (marker, partial) in partialOpeners.Select(w => (w, true)).Concat(openers.Select(w => (w, false))))
        {
            var at = clause.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0 || !anywhere && clause[..at].Trim().Length > 0) continue;
            if (best is null || at < best.Value.At) best = (at, marker, partial);
        }
        return best;
    }

    /// <summary>
    /// The paragraphs “一是…”, “二是…” (the <c>points</c> of counted-lists.json) right after a paragraph whose last sentence
    /// states the count (“共对3个项目开展绩效自评，涉及资金120万元。”): they are its items, although no colon announces them.
    /// </summary>
    private Listed? Points(string text, int from, string noun, IReadOnlyList<Block> blocks, int index)
    {
        var stop = text.IndexOfAny(Punctuation.SentenceEnds, from);
        if (stop >= 0 && stop < text.TrimEnd().Length - 1) return PointsOfSums(text, from, stop, noun) ?? UnderNextSibling(noun.Trim(), blocks, index, text.Length);
        if (index + 1 < blocks.Count && blocks[index + 1] is ParagraphBlock next && itemNumber.Match(next.Text).Groups["point"].Success)
            return Following(blocks, index, pointsOnly: true) is { } items ? new Listed(noun.Trim(), items, false, text.Length) : null;
        return UnderHeading(noun.Trim(), blocks, index, text.Length) ?? NumberedNaming(noun.Trim(), blocks, index, text.Length)
            ?? UnderNextSibling(noun.Trim(), blocks, index, text.Length);
    }

    /// <summary>
    /// “今年共实施3个项目，涉及资金150万元。一是A项目50万元；二是B项目60万元；三是C项目30万元。”: the points that open the sentence
    /// after the count's, when that sentence ends with the count and its sums (the clauses from <paramref name="from"/> to
    /// <paramref name="stop"/> each state one) and every point states an amount or a score of its own — points that state none are
    /// measures (“一是强化组织领导。二是…”), no items; else null.
    /// </summary>
    private Listed? PointsOfSums(string text, int from, int stop, string noun)
    {
        if (text[stop] != '。' || !OnlySums(text[from..stop]) || PointsPastFullStop(text, stop + 1) is not var (points, end)) return null;
        var listed = Closed(points, OpenAfter(text, end), noun.Trim(), end);
        return listed.Items.Count >= 2 && listed.Items.All(StatesMoneyOrScore) ? listed : null;
    }

    /// <summary>“涉及资金150万元，其中财政拨款120万元”: every clause of <paramref name="clauses"/> states one sum (none is none).</summary>
    private static bool OnlySums(string clauses) =>
        clauses.Trim().Length == 0 || clauses.Split('，', ',').All(c => MoneyClauses.Sum(c) is not null);

    /// <summary>
    /// “（一）绩效管理工作开展情况” with “…支出项目共8个，支出金额108.78万元。…”, then “（二）部门整体和项目绩效自评结果” with, after some
    /// running text, paragraphs or table rows numbered 1 to 8 (“8. 申报智慧沁阳…”): the count's list is the first numbered run under
    /// the next title, when that title is the next sibling of the count's own (the same level, the next ordinal: so never in another
    /// section) and it or every item names the counted word of <c>titledNouns</c>; named only by the items, the list may be only
    /// some of them (partial). Far from the count, the items are only named: what they state is not summed against its sums.
    /// </summary>
    private Listed? UnderNextSibling(string noun, IReadOnlyList<Block> blocks, int index, int end)
    {
        if (words.TitledNouns.FirstOrDefault(n => noun.StartsWith(n, StringComparison.Ordinal)) is not { } word) return null;
        var own = index - 1;
        while (own >= 0 && Title(blocks[own]) is null) own--;
        var sibling = index + 1;
        while (sibling < blocks.Count && Title(blocks[sibling]) is null) sibling++;
        if (own < 0 || sibling >= blocks.Count || !NextSibling(blocks[own], blocks[sibling])) return null;
        for (var b = sibling + 1; b < blocks.Count && b <= sibling + Reach && Title(blocks[b]) is null; b++)
        {
            if (Following(blocks, b - 1) is not { Count: >= 2 } items) continue;
            var names = items.Select(ItemName).ToList();
            var titled = Title(blocks[sibling])!.Contains(word, StringComparison.Ordinal);
            return titled || names.All(n => n.Contains(word, StringComparison.Ordinal)) ? new Listed(word, names, !titled, end) : null;
        }
        return null;
    }

    /// <summary>“（一）…” then “（二）…”, “1.…” then “2.…”: the title <paramref name="next"/> is numbered at the level of <paramref name="title"/>, one on.</summary>
    private static bool NextSibling(Block title, Block next)
    {
        var (a, b) = (OutlineHeadings.Read(Title(title)!, title.Location), OutlineHeadings.Read(Title(next)!, next.Location));
        return a.Level != OutlineLevel.Unnumbered && a.Level == b.Level && a.Ordinal is int n && b.Ordinal == n + 1;
    }

    /// <summary>
    /// “本单位对2个项目开展绩效自评，涉及资金150万元。” closing its paragraph, then paragraphs numbered 1, 2 … (“1.A项目，预算资金100万元。”,
    /// “（二）B项目…”) whose first clause ends with the counted word of <c>titledNouns</c> and that each state an amount or a score: those
    /// paragraphs are its items, with the amounts they state, up to the first paragraph that is not one (“1.项目管理情况” names no item).
    /// With no word promising every item they may be only the main ones, so the list is partial: wrong when it names more than the count.
    /// </summary>
    private Listed? NumberedNaming(string noun, IReadOnlyList<Block> blocks, int index, int end)
    {
        if (words.TitledNouns.FirstOrDefault(n => noun.StartsWith(n, StringComparison.Ordinal)) is not { } word) return null;
        var items = new List<string>();
        for (var b = index + 1; b < blocks.Count && b <= index + Reach && blocks[b] is ParagraphBlock or HeadingBlock; b++)
        {
            var text = blocks[b] is ParagraphBlock p ? p.Text : ((HeadingBlock)blocks[b]).Text;
            var m = itemNumber.Match(text);
            if (!m.Success || OutlineHeadings.Value(m.Groups["n"].Value) != items.Count + 1 || !ItemName(text[m.Length..]).EndsWith(word, StringComparison.Ordinal)) break;
            items.Add(text[m.Length..].Trim().TrimEnd(Punctuation.ClausePunctuation));
        }
        return items.Count >= 2 && items.All(StatesMoneyOrScore) ? new Listed(word, items, true, end) : null;
    }

    /// <summary>An item's name: its words up to the first clause break.</summary>
    private static string ItemName(string item) => item.Trim()[..ListItems.NextOutside(item.Trim(), 0, Punctuation.ClauseBreaks)].Trim();

    /// <summary>
    /// “共对3个项目开展绩效自评，涉及资金120万元。” closing its paragraph, then a title naming the items (“（一）项目绩效自评结果”, a word
    /// of <c>titledNouns</c> that the counted noun opens with) and under it only paragraphs numbered 1, 2, 3 … up to the next title,
    /// each naming one (“1.A项目：预算50万元…”): those paragraphs are its items, each named up to its first clause break. Any other
    /// paragraph under the title (a number out of run, running text) leaves the count unjudged.
    /// </summary>
    private Listed? UnderHeading(string noun, IReadOnlyList<Block> blocks, int index, int end)
    {
        if (words.TitledNouns.FirstOrDefault(n => noun.StartsWith(n, StringComparison.Ordinal)) is not { } word || index + 1 >= blocks.Count) return null;
        if (Title(blocks[index + 1]) is not { } title || !title.Contains(word, StringComparison.Ordinal)) return null;
        var names = new List<string>();
        for (var b = index + 2; b < blocks.Count && b <= index + Reach && Title(blocks[b]) is null; b++)
        {
            if (blocks[b] is not ParagraphBlock p) return null;
            var m = itemNumber.Match(p.Text);
            if (!m.Success || OutlineHeadings.Value(m.Groups["n"].Value) != names.Count + 1) return null;
            var name = ItemName(p.Text[m.Length..]);
            if (!name.Contains(word, StringComparison.Ordinal)) return null;
            names.Add(name);
        }
        return names.Count >= 2 ? new Listed(word, names, false, end) : null;
    }

    /// <summary>The text of a heading or of a paragraph that is a title; null for running text and tables.</summary>
    private static string? Title(Block block) => block switch { HeadingBlock h => h.Text, ParagraphBlock p when Sections.IsTitle(p.Text) => p.Text, _ => null };

    /// <summary>
    /// The paragraphs numbered 1, 2, 3 … (“1.…”, “（1）…”, “（一）…”, “一是…”, “一、…”) or the rows of a table numbered 1, 2, 3 …
    /// right after <paramref name="blocks"/>[<paramref name="index"/>]; with <paramref name="pointsOnly"/> only “一是…” paragraphs.
    /// </summary>
    private List<string>? Following(IReadOnlyList<Block> blocks, int index, bool pointsOnly = false)
    {
        var items = new List<string>();
        for (var b = index + 1; b < blocks.Count && b <= index + Reach; b++)
        {
            if (blocks[b] is TableBlock table) return items.Count == 0 && !pointsOnly ? NumberedRows(table) : items;
            var text = blocks[b] switch { ParagraphBlock p => p.Text, HeadingBlock h => h.Text, _ => string.Empty };
            var m = itemNumber.Match(text);
            if (m.Success && OutlineHeadings.Value(m.Groups["n"].Value) == items.Count + 1 && (!pointsOnly || m.Groups["point"].Success))
            {
                items.Add(text[m.Length..].Trim().TrimEnd(Punctuation.ClausePunctuation));
                continue;
            }
            if (items.Count == 0 || ListItems.StartsWithOrdinal(text) || blocks[b] is HeadingBlock) break;
        }
        return items.Count > 0 ? items : null;
    }

    /// <summary>The rows of <paramref name="table"/> whose first cell numbers them 1, 2, 3 …, each named by its second cell, or by the rest of the first (“1. 电费”).</summary>
    private List<string>? NumberedRows(TableBlock table)
    {
        var items = new List<string>();
        foreach (var row in table.Rows)
        {
            var first = row.At(0)?.Text.Trim() ?? string.Empty;
            if (first == (items.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) items.Add(row.At(1)?.Text.Trim() ?? first);
            else if (itemNumber.Match(first) is { Success: true } m && OutlineHeadings.Value(m.Groups["n"].Value) == items.Count + 1 && first[m.Length..].Trim() is { Length: > 0 } name) items.Add(name);
        }
        return items.Count > 0 ? items : null;
    }

    private sealed record Listed(string Noun, List<string> Items, bool Partial, int End)
    {
        /// <summary>Where the items start when they stand before the count's clause (“A项目50万元、B项目40万元，共2个项目”).</summary>
        public int Start { get; init; } = int.MaxValue;

        /// <summary>The sums of money stated between the count and its items.</summary>
        public IReadOnlyList<(string Label, PrintedNumber Amount)> Money { get; init; } = MoneyClauses.None;

        /// <summary>True when a word of <c>someOpeners</c> opens the items (“其中：”): partial, unless their amounts add up to the count's sum.</summary>
        public bool SomeOpened { get; init; }
    }

    private sealed class Vocabulary
    {
        public List<string> Units { get; init; } = new();

        public List<string> NotCounts { get; init; } = new();

        public List<string> Openers { get; init; } = new();

        public List<string> SomeOpeners { get; init; } = new();

        public List<string> PartialEnds { get; init; } = new();

        public List<string> Tallies { get; init; } = new();

        public List<string> Points { get; init; } = new();

        public List<string> TitledNouns { get; init; } = new();
    }
}
