using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A change measured against this year's budget, not last year's figure: “较年初预算增加”, “比预算数减少”, “与调整后预算相比增加”,
/// “比2020年预算数减少” in a document of 2020 (a budget of another year is last year's figure). The budget may be stated inside the
/// comparison (“较年初预算0.36万元增加0.12万元”). The wording is data: label-words.json (budgetBases, with the comparative
/// prepositions); the kind of budget is that of <see cref="AmountKinds"/>.
/// </summary>
public sealed class BudgetBases
{
    private readonly Regex against;
    private readonly Regex ending;
    private readonly Regex actual;

    private BudgetBases(Vocabulary words)
    {
        var own = words.BudgetBases;
        var thisYear = $@"(?:(?<y>{YearNumber})\s*年度?|{Alternatives(own.ThisYear)})";
        var named = $@"(?:{Alternatives(words.Comparative.Prepositions)})\s*(?<base>{thisYear}?(?:{Alternatives(own.Words)})(?:{Alternatives(own.Tails)})?)(?!{Alternatives(own.NotBefore)})";
        against = Build(named);
        ending = Build(named + @"\s*$");
        actual = Build($@"^(?:{Alternatives(own.ThisYear)})?(?:{Alternatives(own.Actuals)})$");
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
    /// “较年初预算”, the words before a number that is the budget a change right after it is measured against (“较年初预算0.36万元
    /// 增加0.12万元”): as <see cref="Of"/>, when the words name the budget at their end.
    /// </summary>
    public static (ChangeBase Kind, string Name)? Ending(string label, int? year = null) => Default.Named(Default.ending.Match(label), year);

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
    }
}
