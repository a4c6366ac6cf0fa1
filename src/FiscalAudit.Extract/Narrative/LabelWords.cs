using System.Text.RegularExpressions;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The words <see cref="Labels"/> reads around a number — the comparison and verb of a change, a year's figure in
/// brackets, item numbering, the subject and verbs around a label, budget, average and completion labels — with the
/// patterns built from them once. The wording is data: label-words.json; a year and punctuation are structure, here.
/// </summary>
public sealed partial class LabelWords
{
    /// <summary>What “…” in a frame stands for: a few characters of one clause.</summary>
    private const string FrameGap = "[^，,]{0,14}";

    /// <summary>The year after a subject (“本部门2020年”), its digits any decimal digits.</summary>
    private const string SubjectYear = @"(?:19|20)\d{2}\s*年";

    private readonly Vocabulary words;
    private readonly Regex comparative;
    private readonly Regex changeVerbTail;
    private readonly Regex yearLed;
    private readonly Regex itemOrdinal;
    private readonly Regex leadingSubject;
    private readonly Regex trailingVerb;
    private readonly Regex notFigures;

    // First (or last) characters of what the patterns below remove: a cheap test before running them.
    private readonly string ordinalStarts;
    private readonly string subjectStarts;
    private readonly string trailingVerbEnds;

    private LabelWords(Vocabulary vocabulary)
    {
        words = vocabulary;
        var kinds = Alternatives(words.Figures.Words);
        var possessive = Alternatives(words.Possessive.Words);
        var frames = Either(words.Comparative.Frames.Select(f => "^" + Regex.Escape(f).Replace("…", FrameGap, StringComparison.Ordinal)));
        // “较2020年年初预算”: a year may name the budget's year.
        // “同比均减少”, “比上年均增加”: a word saying the change holds for each quantity named may follow the comparison, or open it
        // (“收入总计204.29万元，支出总计204.29万元，均较上年决算数减少…”).
        var each = $"(?:{Alternatives(words.Comparative.Each)})?";
        comparative = Build($"{frames}|(?:{Alternatives(words.Comparative.Alone)}){each}$|{each}(?:{Alternatives(words.Comparative.Prepositions)})(?:{Alternatives(words.LastYear.Words.Concat(words.Comparative.Bases))}|{Year}(?:{Alternatives(words.Comparative.Bases)})?)(?:{kinds})?(?:{Alternatives(words.Comparative.Closers)})?{each}$");
        var verbs = words.ChangeVerbs.Rising.Concat(words.ChangeVerbs.Falling).Concat(words.ChangeVerbs.Level);
        changeVerbTail = Build($"(?<verb>{Alternatives(verbs)})[^，,]*$");
        var figures = Alternatives(words.Figures.Words.Concat(words.YearLed.Totals));
        yearLed = Build($@"^\s*{Year}(?:{Alternatives(words.Periods.Words)})?(?:{possessive})?(?:{figures})?(?:{Alternatives(words.Copulas.Words)}|[：:])?\s*$");
        var numerals = Alternatives(words.ItemOrdinals.Numerals);
        itemOrdinal = Build($@"^(?:[0-9]{{1,2}}[.．、]\s*|[（(](?:[0-9]|{numerals}){{1,2}}[）)]\s*|(?:{numerals})(?:{Alternatives(words.ItemOrdinals.Points)}))");
        var organisation = $@"[\u4e00-\u9fa5]{{2,24}}?(?:{Alternatives(words.Subjects.OrganisationEnds)})(?=\s*{SubjectYear})";
        leadingSubject = Build($@"^(?:{Alternatives(words.Subjects.Names)}|{organisation})?\s*(?:{SubjectYear}(?:{Alternatives(words.Subjects.YearParts)})?)?\s*");
        trailingVerb = Build($"(?:{Alternatives(words.TrailingVerbs.Words)})$");
        notFigures = Build(Alternatives(words.Budget.NotFigures));
        ordinalStarts = "0123456789（(" + string.Concat(words.ItemOrdinals.Numerals);
        subjectStarts = string.Concat(words.Subjects.Names.Select(w => w[0]).Distinct());
        trailingVerbEnds = string.Concat(words.TrailingVerbs.Words.Select(w => w[^1]).Distinct());
    }

    public static LabelWords Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static LabelWords FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>Direction of the change verb ending <paramref name="label"/>: +1, −1, 0 for 持平, null when none.</summary>
    public int? ChangeDirection(string label)
    {
        var m = changeVerbTail.Match(label);
        if (!m.Success) return null;
        var verb = m.Groups["verb"].Value;
        return words.ChangeVerbs.Rising.Contains(verb) ? 1 : words.ChangeVerbs.Level.Contains(verb) ? 0 : -1;
    }

    /// <summary>True when <paramref name="label"/> opens (after a comma) with a word saying a change holds for each quantity named before it (“，均较上年…”).</summary>
    public bool OpensWithEach(string label) =>
        label.TrimStart('，', ',', ' ') is var t && words.Comparative.Each.Any(w => t.StartsWith(w, StringComparison.Ordinal));

    /// <summary>“收入总计增加了” → “收入总计”: <paramref name="label"/> without the change verb at its end and what follows it.</summary>
    public string WithoutChangeVerb(string label) => changeVerbTail.Replace(label, string.Empty);

    /// <summary>“与2019年度相比，收入总计” → “，收入总计”, “较上年” → “”: <paramref name="label"/> without the comparison.</summary>
    public string WithoutComparative(string label) => comparative.Replace(label, string.Empty);

    /// <summary>“2017年度预算数为”: the words are a year and only words about that year's figure.</summary>
    public bool IsYearLed(ReadOnlySpan<char> text) => yearLed.IsMatch(text);

    /// <summary>The words of a short bracket name last year (“上年为”).</summary>
    public bool NamesPreviousYear(ReadOnlySpan<char> text)
    {
        foreach (var word in words.YearLed.PreviousYear)
        {
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The words between a Δ and the next amount (“，为”, “，降至”) say that amount is what the change brought its quantity to
    /// (“较上年增加5.00万元，为55.00万元”).
    /// </summary>
    public bool LeadsToReached(string between)
    {
        var lead = between.Trim().TrimStart('，', ',').TrimStart();
        return words.ReachedAfterChange.Words.Contains(lead, StringComparer.Ordinal);
    }

    /// <summary><paramref name="text"/> ends with the closing word of a comparison (“与上年相比”).</summary>
    public bool EndsWithComparison(ReadOnlySpan<char> text)
    {
        foreach (var word in words.Comparative.Closers)
        {
            if (text.EndsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>“（一）办公费” → “办公费”, “一是办公费” → “办公费”: <paramref name="label"/> without its item number.</summary>
    public string WithoutOrdinal(string label) =>
        label.Length > 0 && ordinalStarts.Contains(label[0]) ? itemOrdinal.Replace(label, string.Empty) : label;

    /// <summary>“本部门2020年度收入合计” → “收入合计”: <paramref name="label"/> without the subject and year opening it.</summary>
    public string WithoutSubject(string label) =>
        label.Contains('年') || label.Length > 0 && subjectStarts.Contains(label[0]) ? leadingSubject.Replace(label, string.Empty) : label;

    /// <summary>“支出合计为”, “各项经费均为” → “支出合计”, “各项经费”: <paramref name="label"/> without up to three verbs at its end.</summary>
    public string WithoutTrailingVerbs(string label)
    {
        var s = label;
        for (var i = 0; i < 3 && (s = s.TrimEnd()).Length > 0 && trailingVerbEnds.Contains(s[^1]); i++) s = trailingVerb.Replace(s, string.Empty);
        return s;
    }

    /// <summary>The “、” at <paramref name="i"/> is inside a word (“收、支总计”), not between list items.</summary>
    public bool IsInsidePairedWord(string text, int i)
    {
        if (text[i] != '、') return false;
        foreach (var word in words.PairedWords.Words)
        {
            var start = i - word.IndexOf('、');
            if (start >= 0 && start + word.Length <= text.Length && text.AsSpan(start, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// The length of the word that joins the next list item right after an amount (“包括基本支出192.58万元和项目支出0万元”: “和”) at
    /// <paramref name="i"/> of <paramref name="text"/>, 0 when none stands there.
    /// </summary>
    public int ItemJoinerAt(string text, int i) =>
        words.ItemJoiners.Words.Where(w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal)).Select(w => w.Length).DefaultIfEmpty(0).Max();

    /// <summary>
    /// “人员经费和公用经费” → (“人员经费”, “公用经费”): <paramref name="names"/> split at the last occurrence of the first joining word
    /// it holds (“公务用车购置及运行维护费和公务接待费” at “和”); null when it holds none.
    /// </summary>
    public (string First, string Second)? SplitAtLastJoiner(string names) =>
        words.ItemJoiners.Words.Where(w => names.Contains(w, StringComparison.Ordinal)).Select(w => (Word: w, At: names.LastIndexOf(w, StringComparison.Ordinal))).FirstOrDefault() is { Word: not null } j
            ? (names[..j.At], names[(j.At + j.Word.Length)..])
            : null;

    /// <summary>“其中”: the words of <paramref name="clause"/>, before a comma, open a list.</summary>
    public bool OpensListAfterComma(string clause) => words.ListAfterComma.Words.Contains(clause);

    /// <summary>The clause states how much of a budget was used (“完成年初预算的95%”, “执行率”).</summary>
    public bool IsCompletionRate(string clause) => ContainsAny(clause, words.Completion.Words);

    /// <summary>The label names no fund of its own (“支出总计”, “年初结转和结余”) and takes the sentence's.</summary>
    public bool TakesSentenceScope(string label) => words.Scoped.Labels.Any(w => label.StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="part"/> and <paramref name="whole"/> name the two different sides of the money (收入, 支出),
    /// each one side only: such a part is no part of that whole.
    /// </summary>
    public bool NamesOtherFlow(string whole, string part) => FlowSide(whole) is string w && FlowSide(part) is string p && w != p;

    /// <summary>The one side of the money <paramref name="label"/> names (“收入”, “支出”), or null when it names none or both.</summary>
    private string? FlowSide(string label)
    {
        var sides = words.Flows.Sides.Where(s => label.Contains(s, StringComparison.Ordinal)).ToList();
        return sides.Count == 1 ? sides[0] : null;
    }

    /// <summary>The words before 收/支 of a label are a fund scope (“财政拨款”, “一般公共预算”).</summary>
    public bool IsFundScope(string scope) => words.Scoped.Scopes.Any(w => scope.EndsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="whole"/> joins two quantities (“公务用车购置及运行维护费支出”) and the two <paramref name="parts"/>
    /// name one each (“公务用车购置费”, “公务用车运行维护费”).
    /// </summary>
    public bool NamesBothSides(string whole, IReadOnlyList<string> parts)
    {
        if (parts.Count != 2) return false;
        foreach (var joiner in words.JoinedNames.Joiners)
        {
            var at = whole.IndexOf(joiner, StringComparison.Ordinal);
            if (at <= 0) continue;
            var left = whole[..at];
            var rest = whole[(at + joiner.Length)..];
            var end = words.JoinedNames.Ends.Select(e => rest.IndexOf(e, StringComparison.Ordinal) is var i and > 0 ? i + e.Length : -1).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            if (end < 0) continue;
            var right = rest[..end];
            if (parts[0].Contains(left, StringComparison.Ordinal) && parts[1].Contains(right, StringComparison.Ordinal)
                || parts[1].Contains(left, StringComparison.Ordinal) && parts[0].Contains(right, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The label is of an average (“车均运行费”, “人均”).</summary>
    public bool IsAverageLabel(string label) => ContainsAny(label, words.Average.Words);

    /// <summary>The units of the count an average is taken over (“车均运行维护费” → 辆, “人均接待费” → 人次, 人); none when its label marks none.</summary>
    public IReadOnlyList<string> CountUnitsOf(string label) =>
        words.Average.Counted.Values.FirstOrDefault(c => ContainsAny(label, c.Marks))?.Units ?? (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>“车均运行维护费” → “运行维护费”: <paramref name="label"/> from after its average word.</summary>
    public string WithoutAverage(string label)
    {
        var word = words.Average.Words.Where(w => label.Contains(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();
        return word is null ? label : label[(label.IndexOf(word, StringComparison.Ordinal) + word.Length)..];
    }

    /// <summary>The label is of a budget figure (“年初预算为”, “预算数”), not of a fund (“一般公共预算财政拨款”) or a 决算.</summary>
    public bool IsBudgetLabel(string label)
    {
        var s = notFigures.Replace(label, string.Empty);
        var budget = words.Budget;
        return ContainsAny(s, budget.Words) && !ContainsAny(s, budget.UnlessWith)
            || budget.Endings.Any(e => s.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// “公务用车购置及运行维护费预算为” → “公务用车购置及运行维护费”, “调整预算” → “”: what a cleaned budget label is for; a year that
    /// ends it is not (“会议费2024年度未安排预算” is about “会议费”).
    /// </summary>
    public string BudgetSubject(string label)
    {
        var s = TrailingYear().Replace(label[..BudgetSubjectEnd(label)], string.Empty);
        while (words.Possessive.Words.FirstOrDefault(p => s.EndsWith(p, StringComparison.Ordinal)) is { } p) s = s[..^p.Length];
        return s;
    }

    [GeneratedRegex(LabelWordsFile.Year + @"\s*$")]
    private static partial Regex TrailingYear();

    /// <summary>
    /// Where what a budget label is for ends: at words saying there was none or of an increase or a decrease (“公务接待费年初未安排预算”,
    /// “年中追加预算”), else at the first of `subjectEnds` found; the label's length when none is found.
    /// </summary>
    public int BudgetSubjectEnd(string label)
    {
        var budget = words.Budget;
        foreach (var end in budget.StatedNone.Words.Concat(budget.Increments.Words).Concat(budget.Decrements.Words).Concat(budget.SubjectEnds))
        {
            var i = label.IndexOf(end, StringComparison.Ordinal);
            if (i >= 0) return i;
        }
        return label.Length;
    }

    /// <summary>
    /// “年中追加预算”, “调整增加预算”, “追加”: a label of an increase of the budget during the year, not of a budget — it holds a word of
    /// `increments` and names a budget, or ends with such a word.
    /// </summary>
    public bool IsBudgetIncrement(string label) => NamesChange(words.Budget.Increments, label);

    /// <summary>+1 for a label of an increase of the budget during the year, −1 for a decrease (“年中调减”, “调整减少预算”), else null.</summary>
    public int? BudgetChangeSign(string label) =>
        IsBudgetIncrement(label) ? 1 : NamesChange(words.Budget.Decrements, label) ? -1 : null;

    /// <summary>True when <paramref name="label"/> holds a word of <paramref name="change"/> and names a budget, or ends with such a word.</summary>
    private bool NamesChange(WordList change, string label) =>
        change.Words.Any(w => label.EndsWith(w, StringComparison.Ordinal) || label.Contains(w, StringComparison.Ordinal) && IsBudgetLabel(label));

    /// <summary>Where <paramref name="text"/> says there was no budget without a figure (“年初未安排预算”), the first such words.</summary>
    public (int Index, int Length)? StatedNoBudget(string text)
    {
        var found = words.Budget.StatedNone.Words.Select(w => (Index: text.IndexOf(w, StringComparison.Ordinal), w.Length)).Where(f => f.Index >= 0).ToList();
        return found.Count == 0 ? null : found.MinBy(f => f.Index);
    }

    private static bool ContainsAny(string text, IEnumerable<string> words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    private sealed class Vocabulary
    {
        public WordList Figures { get; init; } = new();

        public WordList Possessive { get; init; } = new();

        public WordList Periods { get; init; } = new();

        public WordList Copulas { get; init; } = new();

        public WordList LastYear { get; init; } = new();

        public ComparativeWords Comparative { get; init; } = new();

        public ChangeVerbWords ChangeVerbs { get; init; } = new();

        public YearLedWords YearLed { get; init; } = new();

        public OrdinalWords ItemOrdinals { get; init; } = new();

        public SubjectWords Subjects { get; init; } = new();

        public WordList TrailingVerbs { get; init; } = new();

        public WordList PairedWords { get; init; } = new();

        public WordList ReachedAfterChange { get; init; } = new();

        public WordList ListAfterComma { get; init; } = new();

        public WordList ItemJoiners { get; init; } = new();

        public WordList Completion { get; init; } = new();

        public AverageWords Average { get; init; } = new();

        public ScopedWords Scoped { get; init; } = new();

        public FlowWords Flows { get; init; } = new();

        public JoinedNameWords JoinedNames { get; init; } = new();

        public BudgetWords Budget { get; init; } = new();
    }

    private sealed class JoinedNameWords
    {
        public List<string> Joiners { get; init; } = new();

        public List<string> Ends { get; init; } = new();
    }

    private sealed class FlowWords
    {
        public List<string> Sides { get; init; } = new();
    }

    private sealed class ScopedWords
    {
        public List<string> Labels { get; init; } = new();

        public List<string> Scopes { get; init; } = new();
    }

    private sealed class ComparativeWords
    {
        public List<string> Frames { get; init; } = new();

        public List<string> Alone { get; init; } = new();

        public List<string> Prepositions { get; init; } = new();

        public List<string> Bases { get; init; } = new();

        public List<string> Closers { get; init; } = new();

        public List<string> Each { get; init; } = new();
    }

    private sealed class ChangeVerbWords
    {
        public List<string> Rising { get; init; } = new();

        public List<string> Falling { get; init; } = new();

        public List<string> Level { get; init; } = new();
    }

    private sealed class YearLedWords
    {
        public List<string> Totals { get; init; } = new();

        public List<string> PreviousYear { get; init; } = new();
    }

    private sealed class OrdinalWords
    {
        public List<string> Numerals { get; init; } = new();

        public List<string> Points { get; init; } = new();
    }

    private sealed class SubjectWords
    {
        public List<string> Names { get; init; } = new();

        public List<string> OrganisationEnds { get; init; } = new();

        public List<string> YearParts { get; init; } = new();
    }

    private sealed class AverageWords
    {
        public List<string> Words { get; init; } = new();

        public Dictionary<string, CountedBy> Counted { get; init; } = new();
    }

    private sealed class CountedBy
    {
        public List<string> Marks { get; init; } = new();

        public List<string> Units { get; init; } = new();
    }

    private sealed class BudgetWords
    {
        public List<string> Words { get; init; } = new();

        public List<string> UnlessWith { get; init; } = new();

        public List<string> Endings { get; init; } = new();

        public List<string> NotFigures { get; init; } = new();

        public List<string> SubjectEnds { get; init; } = new();

        public WordList StatedNone { get; init; } = new();

        public WordList Increments { get; init; } = new();

        public WordList Decrements { get; init; } = new();
    }
}
