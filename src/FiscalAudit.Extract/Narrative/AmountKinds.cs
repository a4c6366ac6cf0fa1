
namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The kinds of amount a sum or an item may state (预算, 年初预算, 调整预算, 执行) and the words that name them: `amountKinds` of
/// counted-lists.json.
/// </summary>
internal sealed class AmountKinds
{
    /// <summary>The kind of amount spent (“执行数”, “实际支出”, “全年执行数”).</summary>
    public const string Executed = "执行";

    /// <summary>The kind of amount budgeted at the start of the year (“年初预算”), apart from the budget after adjustments.</summary>
    public const string InitialBudget = "年初预算";

    /// <summary>The kind of amount budgeted after the year's adjustments (“调整预算”, “全年预算”).</summary>
    public const string AdjustedBudget = "调整预算";

    /// <summary>Words that may follow the word naming a kind at the end of a label (“数”, “为”, “金额”, “合计”): `kindTails`, longest first.</summary>
    private readonly List<string> tails;

    /// <summary>Names of spending by purpose or type that name a part of a budget, not what was spent (“基本支出”): `spendingParts`.</summary>
    private readonly List<string> spendingParts;

    /// <summary>Names of a fund that hold a word of a kind (“一般公共预算”): `fundNames`, no kind of amount.</summary>
    private readonly List<string> fundNames;

    private AmountKinds(File file)
    {
        All = file.AmountKinds;
        fundNames = file.FundNames;
        tails = file.KindTails.OrderByDescending(t => t.Length).ToList();
        spendingParts = file.SpendingParts;
    }

    public static AmountKinds Default { get; } = new(VocabularyFile.Load<File>("counted-lists.json"));

    public IReadOnlyList<AmountKind> All { get; }

    /// <summary>
    /// The kind of amount <paramref name="label"/> names: the kind of the word that ends last in it, the longer word on a tie
    /// (“预算执行数” is 执行, “项目支出预算” 预算, “年初预算” 年初预算); null when it names none (“涉及资金”).
    /// </summary>
    public string? KindOf(string label) => Kind(label, atEnd: false).Kind;

    /// <summary>
    /// The words in <paramref name="label"/> that name a budget of the start of the year or after adjustments, as printed
    /// (“完成调整后预算的” → “调整后预算”, “全年预算” → “全年预算”); null when it names neither (“完成预算的”, “执行率”).
    /// </summary>
    public string? BudgetNamedIn(string label) => Kind(label, atEnd: false) is (InitialBudget or AdjustedBudget, var word) ? word : null;

    /// <summary>
    /// The kind of amount <paramref name="label"/> names with its last words: a word of the kind followed only by words of
    /// `kindTails` (“A项目预算数为”, “，执行”, “实际支出合计”); null for a name that only holds such a word (“预算绩效管理经费”,
    /// “预算评审费”), which names a part, not a kind of amount.
    /// </summary>
    public string? KindAtEnd(string label) => Kind(label, atEnd: true).Kind;

    private (string? Kind, string? Word) Kind(string label, bool atEnd)
    {
        // “一般公共预算当年拨款”: the 预算 of a fund's name names no budget figure.
        label = fundNames.Aggregate(label, (masked, fund) => masked.Replace(fund, new string('　', fund.Length), StringComparison.Ordinal));
        (string? Kind, string? Word) found = (null, null);
        var (bestEnd, bestLength) = (-1, 0);
        foreach (var k in All)
        {
            foreach (var word in k.Words)
            {
                var at = label.LastIndexOf(word, StringComparison.Ordinal);
                if (at < 0) continue;
                var end = at + word.Length;
                if (atEnd && !OnlyTails(label, end)) continue;
                if (end < bestEnd || end == bestEnd && word.Length <= bestLength) continue;
                (found, bestEnd, bestLength) = ((k.Kind, word), end, word.Length);
            }
        }
        return found;
    }

    /// <summary>True when <paramref name="label"/> from <paramref name="at"/> holds nothing but words of `kindTails` and spaces.</summary>
    private bool OnlyTails(string label, int at)
    {
        while (at < label.Length)
        {
            if (char.IsWhiteSpace(label[at])) { at++; continue; }
            var tail = tails.FirstOrDefault(t => string.CompareOrdinal(label, at, t, 0, t.Length) == 0);
            if (tail is null) return false;
            at += tail.Length;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="label"/> ends with a name of spending by purpose or type, followed only by words of `kindTails`
    /// (“其中：基本支出”, “项目支出为”): a part of a budget broken down, although its last word is one of 执行.
    /// </summary>
    public bool NamesSpendingPart(string label) => spendingParts.Any(p =>
        label.LastIndexOf(p, StringComparison.Ordinal) is var at and >= 0 && OnlyTails(label, at + p.Length));

    /// <summary>True when <paramref name="words"/> are one of the words that name <paramref name="kind"/> (“执行数” of 执行).</summary>
    public bool IsWordOf(string kind, string words) => All.Any(k => k.Kind == kind && k.Words.Contains(words, StringComparer.Ordinal));

    private sealed class File
    {
        public List<AmountKind> AmountKinds { get; init; } = new();

        public List<string> KindTails { get; init; } = new();

        public List<string> SpendingParts { get; init; } = new();

        public List<string> FundNames { get; init; } = new();
    }
}

/// <summary>A kind of amount an item of a list may state (“执行”) and the words that name it (“执行数”, “实际支出”).</summary>
internal sealed class AmountKind
{
    public string Kind { get; init; } = string.Empty;

    public List<string> Words { get; init; } = new();
}
