using System.Text.RegularExpressions;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The words that state last year's figure of a quantity: a label that is only “上年（决算数）为” or “比上年预算数”
/// before a number, and “与上年（预算数）持平/一致” after an amount. The wording is data: label-words.json
/// (previousYear, with lastYear, periods, figures and the words they share).
/// </summary>
public sealed class PreviousYearWords
{
    /// <summary>The base kind (`baseKinds`) of a budget compared with: “比2023年预算数增加”.</summary>
    public const string BudgetBase = "预算";

    private readonly Vocabulary words;
    private readonly Regex previousLabel;
    private readonly Regex sameAsPrevious;
    private readonly Regex previousNamed;
    private readonly Regex lastYearNamed;

    private PreviousYearWords(Vocabulary vocabulary)
    {
        words = vocabulary;
        var own = words.PreviousYear;
        var lastYear = Alternatives(words.LastYear.Words);
        var period = $"(?:{Alternatives(words.Periods.Words)})?(?:{Alternatives(words.Possessive.Words)})?";
        var kind = $"(?:{Alternatives(words.Figures.Words)})?";
        var copula = $"(?:{Alternatives(words.Copulas.Words)}|[：:])?";
        var prepositions = Alternatives(own.Prepositions);
        previousLabel = Build($"^(?:{prepositions})?(?:{lastYear}){period}{kind}(?:{Alternatives(words.Comparative.Closers)})?{copula}$");
        var closers = Alternatives(words.Comparative.Closers.Concat(own.Closers));
        sameAsPrevious = Build($@"(?<=^|[，,；;])\s*(?:{prepositions})(?:{lastYear}){period}{kind}(?:{closers})?[，,]?(?:{Alternatives(own.Same)})(?=$|[，,；;。（(])");
        previousNamed = Build($"^(?:{lastYear}){period}(?<name>.+?){copula}$");
        var bases = Alternatives(words.Figures.Words.Concat(own.ChangeBases));
        lastYearNamed = Build($"(?:{lastYear}|{Year}){period}(?<base>{bases})?(?!.*(?:{lastYear}|{Year}))");
    }

    public static PreviousYearWords Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static PreviousYearWords FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>“支出总计1500万元，上年支出总计1200万元”: <paramref name="raw"/> names last year's figure of the quantity keyed <paramref name="key"/>.</summary>
    public static bool NamesPreviousOf(string raw, string key) => Default.NamesPrevious(raw, key);

    /// <summary>True when <paramref name="raw"/>, the words before a number, only say that the number is last year's.</summary>
    public static bool IsPreviousLabel(string raw) => Default.IsOnlyPrevious(raw);

    /// <summary>“与上年预算数持平” in <paramref name="segment"/> (after an amount, before the next number): where it is, or null.</summary>
    public static Match? FindSame(string segment) => Default.SameIn(segment);

    /// <summary>
    /// The kind of last year's figure a change compares with — “与上年预算数相比增加” → “预算”, “比2024年预算执行数增加” →
    /// “执行”, “与上年相比，收、支预算总计各增加” → “” —: the words right after the last year named in the change's
    /// label (<paramref name="label"/>, the words before Δ); a quantity named around it does not count.
    /// </summary>
    public static string ChangeBaseOf(string label) => Default.ChangeBase(label);

    /// <summary>The kind of last year's figure the words name: “执行” (预算执行数), “决算”, “预算”, or empty when none.</summary>
    public static string BaseOf(string words) => Default.KindOf(words);

    /// <inheritdoc cref="NamesPreviousOf"/>
    public bool NamesPrevious(string raw, string key) =>
        key.Length > 0 && previousNamed.Match(raw.Trim()) is { Success: true } m && Core.Model.Facts.QuantityKeys.Normalize(m.Groups["name"].Value) == key;

    /// <inheritdoc cref="IsPreviousLabel"/>
    public bool IsOnlyPrevious(string raw) => previousLabel.IsMatch(raw.Trim());

    /// <inheritdoc cref="FindSame"/>
    public Match? SameIn(string segment) => sameAsPrevious.Match(segment) is { Success: true } m ? m : null;

    /// <inheritdoc cref="ChangeBaseOf"/>
    public string ChangeBase(string label) =>
        lastYearNamed.Match(label) is { Success: true } m ? KindOf(m.Groups["base"].Value) : string.Empty;

    /// <inheritdoc cref="BaseOf"/>
    public string KindOf(string text) =>
        words.PreviousYear.BaseKinds.FirstOrDefault(k => text.Contains(k, StringComparison.Ordinal)) ?? string.Empty;

    private sealed class Vocabulary
    {
        public WordList Figures { get; init; } = new();

        public WordList Possessive { get; init; } = new();

        public WordList Periods { get; init; } = new();

        public WordList Copulas { get; init; } = new();

        public WordList LastYear { get; init; } = new();

        public ComparativeWords Comparative { get; init; } = new();

        public OwnWords PreviousYear { get; init; } = new();
    }

    private sealed class ComparativeWords
    {
        public List<string> Closers { get; init; } = new();
    }

    private sealed class OwnWords
    {
        public List<string> Prepositions { get; init; } = new();

        public List<string> Closers { get; init; } = new();

        public List<string> Same { get; init; } = new();

        public List<string> ChangeBases { get; init; } = new();

        public List<string> BaseKinds { get; init; } = new();
    }
}
