using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The words that open a list of parts (“其中：”, “分别为：”, “主要包括：”, “具体为：”) and what each promises: every part
/// (the parts add up to the whole), only examples, or neither. The wording is data: list-leads.json.
/// </summary>
public sealed class ListLeads
{
    /// <summary>What “…” in a word stands for: a few characters that break no clause.</summary>
    private const string Gap = "[^，。]{0,12}";

    private readonly Regex any;
    private readonly Regex every;
    private readonly Regex examples;
    private readonly Regex afterUnit;
    private readonly Regex sideLead;
    private readonly Regex afterName;

    private readonly Regex nameBeforeColon;
    private readonly Regex totalBeforeColon;
    private readonly List<string> sumsAbove;
    private readonly List<List<string>> siblings;
    private readonly List<CompleteFamily> completeFamilies;

    private readonly List<string> restCounts;

    private readonly List<string> sharedHeads;

    private readonly RespectiveWords respective;

    private ListLeads(Vocabulary words)
    {
        Every = words.Every.Where(w => !w.Contains('…')).ToList();
        Examples = words.Examples.Where(w => !w.Contains('…')).ToList();
        var all = words.Every.Concat(words.Examples).Concat(words.Some).ToList();
        any = Leading(all);
        every = Leading(words.Every);
        examples = Leading(words.Examples);
        afterUnit = new Regex(@"[0-9０-９]\s*(?:" + string.Join('|', words.Units.Select(Regex.Escape)) + @")\s*[（(]?\s*(?<lead>" + Alternatives(all) + ")$", RegexOptions.Compiled);
        Starts = string.Concat(all.Select(w => w[0]).Distinct());
        Sides = words.Sides;
        sideLead = new Regex(@"(?<=^|[。；;，,])\s*(?<scope>[^，,。；;：:（(0-9]{0,8}?)(?<side>" + string.Join('|', words.Sides.Names.Select(Regex.Escape))
            + ")(?<lead>" + Alternatives(words.Every.Concat(words.Examples)) + ")", RegexOptions.Compiled);
        sumsAbove = words.SumsAbove;
        siblings = words.Siblings.Concat(words.CompleteFamilies.Select(f => f.Names)).ToList();
        completeFamilies = words.CompleteFamilies;
        restCounts = words.RestCounts;
        sharedHeads = words.SharedHeads.OrderByDescending(h => h.Length).ToList();
        respective = words.Respective;
        totalBeforeColon = new Regex("(?:" + Alternatives(words.Totals) + @")\s*(?:为|是)?\s*[0-9０-９][0-9０-９,.．]*\s*(?:" + string.Join('|', words.Units.Select(Regex.Escape)) + @")\s*$", RegexOptions.Compiled);
        afterName = new Regex(@"^\s*(?<name>[^，,。；;：:、（()）0-9]{2,24}?)(?<lead>" + Alternatives(words.Every.Concat(words.Examples)) + @")(?![：:，,\s])", RegexOptions.Compiled);
        nameBeforeColon = new Regex(@"^\s*(?<name>[^，,。；;：:、（()）0-9]{2,24}?)(?<lead>" + Alternatives(words.Every.Concat(words.Examples)) + @")\s*[：:]\s*$", RegexOptions.Compiled);
    }

    public static ListLeads Default { get; } = new(VocabularyFile.Load<Vocabulary>("list-leads.json"));

    /// <summary>The words that promise every part (“分别为”, “包括”), those without a gap: to be found anywhere in a text.</summary>
    public IReadOnlyList<string> Every { get; }

    /// <summary>The words that promise only examples (“主要包括”), those without a gap.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>The first characters of the words: a cheap test before matching.</summary>
    public string Starts { get; }

    /// <summary>The lead word <paramref name="text"/> starts with, or an unsuccessful match.</summary>
    public Match AtStart(string text) => any.Match(text);

    /// <summary>
    /// The lead word <paramref name="clause"/> ends with right after a number's unit (“其他收入30.57万元分别为”), perhaps
    /// in a bracket it opens (“公务用车购置及运行维护费7.00万元（其中”), or an unsuccessful match; the word is group “lead”.
    /// A unit's character ending a word (“一般公共预算拨款按收支款项分别为”) is no unit: such a lead names its own whole, not
    /// the amount stated last.
    /// </summary>
    public Match AfterUnit(string clause) => afterUnit.Match(clause);

    /// <summary>“以上合计” opening a label: the amount is the sum of the amounts stated in the sentence before.</summary>
    public bool SumsAbove(string label) => sumsAbove.Any(w => label.StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="next"/> names another part of <paramref name="whole"/> than <paramref name="part"/> of the same family
    /// (`siblings`: “公务用车购置支出” → “公务用车运行维护费支出”), a name the whole does not hold. The part's name opens with its word:
    /// “一般公共预算财政拨款收入” is a kind of 财政拨款收入, whose list the next source of income (“事业收入”) does not go on with.
    /// </summary>
    public bool NamesSibling(string whole, string part, string next) => siblings.Any(family =>
        family.FirstOrDefault(w => part.StartsWith(w, StringComparison.Ordinal)) is { } own && !next.Contains(own, StringComparison.Ordinal)
        && family.Any(w => w != own && next.Contains(w, StringComparison.Ordinal) && !whole.Contains(w, StringComparison.Ordinal)));

    /// <summary>
    /// True when <paramref name="parts"/> of <paramref name="whole"/> are named by every name of one of `completeFamilies`, each by
    /// another (“政府采购货物支出”, “政府采购工程支出”, “政府采购服务支出”), and the whole's name holds one of the family's `wholes`
    /// when it has any (“财政拨款支出…，其中：基本支出…，项目支出…”): they are every part of their whole, whatever the lead word promised.
    /// </summary>
    public bool NamesWholeFamily(string whole, IReadOnlyList<string> parts) => completeFamilies.Any(family =>
        family.Names.Count == parts.Count && family.Names.All(w => parts.Count(p => p.StartsWith(w, StringComparison.Ordinal)) == 1)
        && (family.Wholes.Count == 0 || family.Wholes.Any(w => whole.Contains(w, StringComparison.Ordinal))));

    /// <summary>
    /// True when <paramref name="lastPart"/>, the last part of a list of counts in one unit, is named as the rest (`restCounts`:
    /// “共有车辆3辆，其中：机要通信用车1辆，其他用车2辆”): the list goes through every part, whatever the lead word promised.
    /// </summary>
    public bool NamesRest(string lastPart) => restCounts.Any(w => lastPart.StartsWith(w, StringComparison.Ordinal));

    /// <summary>“合计120.00万元” before a colon: a total and its amount, which the list after the colon breaks down in every part.</summary>
    public bool TotalBeforeColon(string clause) => totalBeforeColon.IsMatch(clause);

    /// <summary>
    /// “机关运行经费主要用于办公费”: a label that opens with a name and a lead word glued to the first item's name (no colon or
    /// comma after it), or an unsuccessful match; groups “name” and “lead”.
    /// </summary>
    public Match AfterName(string label) => afterName.Match(label);

    /// <summary>
    /// “机关运行经费主要用于：”: the words of a sentence before its first label, a name and a lead word closed by a colon, or an
    /// unsuccessful match; groups “name” and “lead”.
    /// </summary>
    public Match NameBeforeColon(string opening) => nameBeforeColon.Match(opening);

    /// <summary>The sides of a total of both (收入, 支出) and the words that name them: `sides`.</summary>
    public SideWords Sides { get; }

    /// <summary>
    /// The places in <paramref name="text"/> where a clause names a side and a lead word follows with no amount between
    /// (“；支出包括：”, “。财政拨款收入包括年初结转…”): groups “scope” (the words before the side), “side” and “lead”.
    /// </summary>
    public MatchCollection SideLeads(string text) => sideLead.Matches(text);

    /// <summary>True when a list led by <paramref name="lead"/> promises every part.</summary>
    public bool PromisesEvery(string lead) => every.IsMatch(lead) && !examples.IsMatch(lead);

    /// <summary>True when a list led by <paramref name="lead"/> gives only examples.</summary>
    public bool PromisesExamples(string lead) => examples.IsMatch(lead);

    /// <summary>Where a word that gives the amounts of the names before it in turn (“分别为”) ends <paramref name="label"/>, perhaps with a colon; null when none does.</summary>
    public int? RespectiveLeadAt(string label)
    {
        var trimmed = label.TrimEnd().TrimEnd('：', ':').TrimEnd();
        return respective.Amounts.Where(w => trimmed.EndsWith(w, StringComparison.Ordinal)).Select(w => (int?)(trimmed.Length - w.Length)).FirstOrDefault();
    }

    /// <summary>
    /// <paramref name="name"/>, a later name of a list whose first name is <paramref name="first"/>, with the head the first name writes
    /// once for all (`sharedHeads`): “政府采购货物支出” → “工程支出” is “政府采购工程支出”. Only a name that shares the last word of what
    /// follows the head in the first name, but not all of it, is shortened (“一般公共预算财政拨款支出” → “政府性基金预算财政拨款支出” is not).
    /// </summary>
    public string WithSharedHead(string first, string name)
    {
        if (sharedHeads.FirstOrDefault(h => first.StartsWith(h, StringComparison.Ordinal)) is not { } head || name.Contains(head, StringComparison.Ordinal)) return name;
        var own = first[head.Length..];
        var tail = 0;
        while (tail < own.Length && tail < name.Length && own[^(tail + 1)] == name[^(tail + 1)]) tail++;
        return tail > 0 && tail < own.Length && tail < name.Length ? head + name : name;
    }

    /// <summary>The words of a share say it is the first of the shares of such names in turn (“分别占”).</summary>
    public bool SharesRespectively(string raw) => respective.Shares.Any(w => raw.Contains(w, StringComparison.Ordinal));

    /// <summary>A regex matching any of <paramref name="words"/> at the start, longest first.</summary>
    private static Regex Leading(IEnumerable<string> words) => new("^(" + Alternatives(words) + ")", RegexOptions.Compiled);

    /// <summary>The words as regex alternatives, longest first, “…” standing for <see cref="Gap"/>.</summary>
    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("…", Gap, StringComparison.Ordinal)));

    private sealed class Vocabulary
    {
        public List<string> Every { get; init; } = new();

        public List<string> Examples { get; init; } = new();

        public List<string> Some { get; init; } = new();

        public List<string> Units { get; init; } = new();

        public List<string> Totals { get; init; } = new();

        public List<string> SumsAbove { get; init; } = new();

        public List<List<string>> Siblings { get; init; } = new();

        public List<CompleteFamily> CompleteFamilies { get; init; } = new();

        public List<string> RestCounts { get; init; } = new();

        public List<string> SharedHeads { get; init; } = new();

        public RespectiveWords Respective { get; init; } = new();

        public SideWords Sides { get; init; } = new();
    }
}

/// <summary>The sides of a total of both (“收入支出决算总计”, “收、支总计”) and the last words of a total: `sides` of list-leads.json.</summary>
public sealed class SideWords
{
    public List<string> Names { get; init; } = new();

    public List<string> Both { get; init; } = new();

    public List<string> Totals { get; init; } = new();

    /// <summary>
    /// Where <paramref name="label"/> names both sides at once (“财政拨款收支总计”): the words before the first word of <see cref="Both"/>
    /// it holds (“财政拨款”) and after it (“总计”); null when it holds none.
    /// </summary>
    public (string Before, string After)? AroundBoth(string label) =>
        Both.Select(b => (Word: b, At: label.IndexOf(b, StringComparison.Ordinal))).Where(f => f.At >= 0).OrderBy(f => f.At).FirstOrDefault() is { Word: not null } found
            ? (label[..found.At], label[(found.At + found.Word.Length)..])
            : null;

    /// <summary>True when <paramref name="label"/> ends as a total does (“…总计”, “…合计”, “…总预算”).</summary>
    public bool IsTotal(string label) => Totals.Any(t => label.EndsWith(t, StringComparison.Ordinal));

    /// <summary>True when <paramref name="label"/> is a total (“…总计”, “…合计”) of <paramref name="side"/> or of both sides.</summary>
    public bool IsTotalOf(string label, string side) =>
        IsTotal(label) && (label.Contains(side, StringComparison.Ordinal) || Both.Any(b => label.Contains(b, StringComparison.Ordinal)));
}

/// <summary>One of `completeFamilies` of list-leads.json: the names of every part, and the words one of which its whole's name holds (none: any whole).</summary>
public sealed class CompleteFamily
{
    public List<string> Names { get; init; } = new();

    public List<string> Wholes { get; init; } = new();
}

/// <summary>Words that give the amounts of names listed before them in turn (“A和B分别为X万元和Y万元”), and the shares of such amounts (“分别占”).</summary>
public sealed class RespectiveWords
{
    public List<string> Amounts { get; init; } = new();

    public List<string> Shares { get; init; } = new();
}
