using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A change measured against this year's budget, not last year's figure: “较年初预算增加”, “比预算数减少”, “与调整后预算相比增加”,
/// “比2020年预算数减少” in a document of 2020 (a budget of another year is last year's figure). The budget may be stated inside the
/// comparison (“较年初预算0.36万元增加0.12万元”, “比年初预算的199.99万元减少”, “与年初预算0.36万元相比增加”, “比年初列支的7万元电费预算
/// 减少了”). The wording is data: label-words.json (budgetBases, with the comparative
/// prepositions); the kind of budget is that of <see cref="AmountKinds"/>.
/// </summary>
public sealed class BudgetBases
{
    private readonly Regex against;
    private readonly Regex actual;
    private readonly Regex stated;
    private readonly Regex arranged;
    private readonly Regex itemBudget;
    private readonly Regex saving;
    private readonly HashSet<string> closers;

    private BudgetBases(Vocabulary words)
    {
        var own = words.BudgetBases;
        var thisYear = $@"(?:(?<y>{YearNumber})\s*年度?|{Alternatives(own.ThisYear)})";
        var named = $@"(?:{Alternatives(words.Comparative.Prepositions)})\s*(?<base>{thisYear}?(?:{Alternatives(own.Words)})(?:{Alternatives(own.Tails)})?)(?!{Alternatives(own.NotBefore)})";
        against = Build(named);
        actual = Build($@"^(?:{Alternatives(own.ThisYear)})?(?:{Alternatives(own.Actuals)})$");
        var joiner = $"(?:{Alternatives(own.Joiners)})";
        var preposition = $"(?:{Alternatives(words.Comparative.Prepositions)})";
        stated = Build($@"{preposition}\s*(?<base>{thisYear}?(?:{Alternatives(own.Words.Concat(own.Arranged))})(?:{Alternatives(own.Tails)})?)(?!{Alternatives(own.NotBefore)}){joiner}?\s*$");
        arranged = Build($@"{preposition}\s*(?<base>{thisYear}?(?:{Alternatives(own.Arranged)})){joiner}\s*$");
        itemBudget = Build($@"^(?<item>[^\d\s，,。；;：:、（）()]{{0,8}}?)(?:{Alternatives(own.Words)})(?:{Alternatives(own.Tails)})?$");
        saving = Build($@"^\s*(?:{Alternatives(own.Savings)})了?\s*$");
        closers = own.Closers.ToHashSet(StringComparer.Ordinal);
    }

    public static BudgetBases Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static BudgetBases FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>
    /// The budget the words of a change (<paramref name="label"/>, the words before Δ or its rate) measure it against, with the
    /// words naming it as printed (“年初预算”, “预算数”); null when they name none (the change is from last year), or name the budget
    /// of a year other than the document's <paramref name="year"/> (“比2019年预算数增加” in 2020 is last year's figure).
    /// </summary>
    public static (ChangeBase Kind, string Name)? Of(string label, int? year = null) => Default.In(label, year);

    /// <summary>
    /// The budget stated inside a comparison, right before a Δ: <paramref name="before"/> are the words before its number (“较年初预算”,
    /// “比年初预算的”, “较年初安排的”, “比年初列支的”), <paramref name="after"/> the Δ's own words after it without its verb (“”, “相比”,
    /// “电费预算”); null when they state no budget of this <paramref name="year"/>. After a word of how the budget was set and a
    /// joiner, the budget word may follow the number with the name of its item (<see cref="StatedBase.Item"/>).
    /// </summary>
    public static StatedBase? Stated(string before, string after, int? year) => Default.StatedIn(before, after, year);

    /// <inheritdoc cref="Stated"/>
    public StatedBase? StatedIn(string before, string after, int? year)
    {
        var words = after.Trim();
        if (words.Length == 0 || closers.Contains(words))
            return Named(stated.Match(before), year) is { } named ? new StatedBase(named.Kind, named.Name, string.Empty) : null;
        var budget = itemBudget.Match(words);
        if (!budget.Success || Named(arranged.Match(before), year) is not { } set) return null;
        return new StatedBase(KindOf(words), $"{set.Name}的{words}", budget.Groups["item"].Value);
    }

    /// <summary>“节约”, “节省了”: the Δ's words that state a fall only against a budget stated inside the comparison (“较年初安排的11.75万元节约1.58万元”).</summary>
    public static bool IsSaving(string words) => Default.Saves(words);

    /// <inheritdoc cref="IsSaving"/>
    public bool Saves(string words) => saving.IsMatch(words);

    /// <summary>“决算数”, “本年决算数”, “支出决算”: the subject of a change against a budget is the 决算 stated before (label-words.json, budgetBases.actuals).</summary>
    public static bool NamesActual(string subject) => Default.IsActual(subject);

    /// <inheritdoc cref="NamesActual"/>
    public bool IsActual(string subject) => actual.IsMatch(subject);

    /// <inheritdoc cref="Of"/>
    public (ChangeBase Kind, string Name)? In(string label, int? year = null) => Named(against.Match(label), year);

    private (ChangeBase Kind, string Name)? Named(Match m, int? year)
    {
        if (!m.Success || m.Groups["y"] is { Success: true } y && int.Parse(y.Value) != year) return null;
        var name = m.Groups["base"].Value;
        return (KindOf(name), Regex.Replace(name, @"\s+", string.Empty));
    }

    /// <summary>The kind of budget <paramref name="words"/> name (“年初预算” → the start of the year), <see cref="ChangeBase.Budget"/> when they name none.</summary>
    public static ChangeBase KindOf(string words) => AmountKinds.Default.KindOf(words) switch
    {
        AmountKinds.InitialBudget => ChangeBase.InitialBudget,
        AmountKinds.AdjustedBudget => ChangeBase.AdjustedBudget,
        _ => ChangeBase.Budget,
    };

    /// <summary>A budget stated inside a comparison: its kind, its name as printed, and the item its budget word names after the number (“电费”), else empty.</summary>
    public sealed record StatedBase(ChangeBase Kind, string Name, string Item);

    private sealed class Vocabulary
    {
        public PrepositionWords Comparative { get; init; } = new();

        public OwnWords BudgetBases { get; init; } = new();
    }

    private sealed class PrepositionWords
    {
        public List<string> Prepositions { get; init; } = new();
    }

    private sealed class OwnWords
    {
        public List<string> ThisYear { get; init; } = new();

        public List<string> Words { get; init; } = new();

        public List<string> Tails { get; init; } = new();

        public List<string> NotBefore { get; init; } = new();

        public List<string> Actuals { get; init; } = new();

        public List<string> Joiners { get; init; } = new();

        public List<string> Arranged { get; init; } = new();

        public List<string> Closers { get; init; } = new();

        public List<string> Savings { get; init; } = new();
    }
}
