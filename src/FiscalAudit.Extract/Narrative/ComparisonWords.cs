using System.Text.RegularExpressions;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds a comparison of the 决算 with the 预算 in a sentence: “决算数大于预算数”, “决算数与预算数基本持平”,
/// “支出决算小于年初预算”. Direction +1 (大于/高于/超过/多于), −1 (小于/低于/少于), 0 (等于/持平/相等/一致);
/// “基本”, “略”, “相当” make the statement approximate. The wording is data: label-words.json, budgetComparison.
/// </summary>
public sealed class ComparisonWords
{
    private readonly Section words;
    private readonly Regex ordered;
    private readonly Regex level;

    private ComparisonWords(Vocabulary vocabulary)
    {
        words = vocabulary.BudgetComparison;
        var actual = $"(?<l>{Alternatives(words.Actuals)})";
        var budget = $"(?:{Alternatives(words.BudgetQualifiers)})?(?:{Alternatives(words.Budgets)})";
        var relations = Alternatives(words.Greater.Concat(words.Less).Concat(words.Equal));
        ordered = Build($@"{actual}\s*(?<rel>(?<loose>{Alternatives(words.LooseOrdered)})?(?<verb>{relations}))\s*{budget}");
        level = Build($@"{actual}\s*(?:{Alternatives(words.Conjunctions)})\s*{budget}\s*(?<rel>(?<loose>{Alternatives(words.LooseLevel)})?(?<verb>{Alternatives(words.Level)}))");
    }

    public static ComparisonWords Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static ComparisonWords FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>The first comparison in <paramref name="sentence"/>: where it starts, the words, direction and looseness.</summary>
    public static (int Index, string Text, int Direction, bool Approximate)? Find(string sentence) => Default.FirstIn(sentence);

    /// <summary>The first comparison in <paramref name="sentence"/>: where it starts, the words, direction and looseness.</summary>
    public (int Index, string Text, int Direction, bool Approximate)? FirstIn(string sentence)
    {
        if (!words.Budgets.Any(b => sentence.Contains(b, StringComparison.Ordinal))) return null;
        var m = ordered.Match(sentence);
        if (!m.Success) m = level.Match(sentence);
        if (!m.Success) return null;
        var verb = m.Groups["verb"].Value;
        var direction = words.Greater.Contains(verb) ? 1 : words.Less.Contains(verb) ? -1 : 0;
        var approximate = m.Groups["loose"].Success || words.Approximate.Contains(verb);
        return (m.Index, m.Value, direction, approximate);
    }

    private sealed class Vocabulary
    {
        public Section BudgetComparison { get; init; } = new();
    }

    private sealed class Section
    {
        public List<string> Actuals { get; init; } = new();

        public List<string> Budgets { get; init; } = new();

        public List<string> BudgetQualifiers { get; init; } = new();

        public List<string> Greater { get; init; } = new();

        public List<string> Less { get; init; } = new();

        public List<string> Equal { get; init; } = new();

        public List<string> LooseOrdered { get; init; } = new();

        public List<string> Conjunctions { get; init; } = new();

        public List<string> Level { get; init; } = new();

        public List<string> LooseLevel { get; init; } = new();

        public List<string> Approximate { get; init; } = new();
    }
}
