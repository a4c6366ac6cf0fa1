using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A change measured against this year's budget, not last year's figure: “较年初预算增加”, “比预算数减少”, “与调整后预算相比增加”.
/// The wording is data: label-words.json (budgetBases, with the comparative prepositions); the kind of budget is that of
/// <see cref="AmountKinds"/>.
/// </summary>
public sealed class BudgetBases
{
    private readonly Regex against;

    private BudgetBases(Vocabulary words)
    {
        var own = words.BudgetBases;
        against = Build($@"(?:{Alternatives(words.Comparative.Prepositions)})\s*(?<base>(?:{Alternatives(own.ThisYear)})?(?:{Alternatives(own.Words)})(?:{Alternatives(own.Tails)})?)(?!{Alternatives(own.NotBefore)})");
    }

    public static BudgetBases Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static BudgetBases FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>
    /// The budget the words of a change (<paramref name="label"/>, the words before Δ or its rate) measure it against, with the
    /// words naming it as printed (“年初预算”, “预算数”); null when they name none (the change is from last year).
    /// </summary>
    public static (ChangeBase Kind, string Name)? Of(string label) => Default.In(label);

    /// <inheritdoc cref="Of"/>
    public (ChangeBase Kind, string Name)? In(string label)
    {
        if (against.Match(label) is not { Success: true } m) return null;
        var name = m.Groups["base"].Value;
        var kind = AmountKinds.Default.KindOf(name) switch
        {
            AmountKinds.InitialBudget => ChangeBase.InitialBudget,
            AmountKinds.AdjustedBudget => ChangeBase.AdjustedBudget,
            _ => ChangeBase.Budget,
        };
        return (kind, Regex.Replace(name, @"\s+", string.Empty));
    }

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
    }
}
