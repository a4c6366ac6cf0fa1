using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// What a statement compares with: “比2024年预算执行数增加”, “与上年预算数一致”, “与2016年度相比”. The mark's
/// <see cref="TextMark.Text"/> is the base as printed (“2024年预算执行数”), its <see cref="TextMark.Value"/> the
/// year named (null for 上年). A base another named year is compared with (“2023年较2021年下降27%”) states the span between the two
/// years, not the document's year against a base, and is not marked. The wording is data: label-words.json (comparisonBases, with the comparative
/// prepositions, lastYear and the figure kinds).
/// </summary>
public sealed class ComparisonBases
{
    private readonly Regex comparison;
    private readonly string prepositionStarts;

    private ComparisonBases(Vocabulary words)
    {
        var kinds = Alternatives(words.Figures.Words.Concat(words.PreviousYear.ChangeBases));
        var year = $@"(?<y>{YearNumber})\s*年度?";
        comparison = Build($@"(?<!{Year}\s*)(?:{Alternatives(words.Comparative.Prepositions)})\s*(?<base>(?:{year}|{Alternatives(words.LastYear.Words)})\s*(?:{kinds})?)\s*(?=(?:{Alternatives(words.ComparisonBases.Follows)})|[，,])");
        prepositionStarts = string.Concat(words.Comparative.Prepositions.Select(w => w[0]).Distinct());
    }

    public static ComparisonBases Default { get; } = new(Load<Vocabulary>());

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static ComparisonBases FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <summary>The bases compared with in <paramref name="text"/>, each located with <paramref name="locate"/>(start, end, anchor).</summary>
    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate) => Default.In(text, locate);

    /// <inheritdoc cref="Find"/>
    public IEnumerable<TextMark> In(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny(prepositionStarts) < 0 || !text.Contains('年')) yield break;
        foreach (Match m in comparison.Matches(text))
        {
            var b = m.Groups["base"];
            var y = m.Groups["y"];
            yield return new TextMark(TextMarkKind.ComparisonBase, Regex.Replace(b.Value, @"\s+", string.Empty), TextMarks.Around(text, m.Index, m.Length),
                locate(m.Index, m.Index + m.Length, b.Index), y.Success ? int.Parse(y.Value) : null);
        }
    }

    private sealed class Vocabulary
    {
        public WordList Figures { get; init; } = new();

        public WordList LastYear { get; init; } = new();

        public PrepositionWords Comparative { get; init; } = new();

        public ChangeBaseWords PreviousYear { get; init; } = new();

        public FollowingWords ComparisonBases { get; init; } = new();
    }

    private sealed class PrepositionWords
    {
        public List<string> Prepositions { get; init; } = new();
    }

    private sealed class ChangeBaseWords
    {
        public List<string> ChangeBases { get; init; } = new();
    }

    private sealed class FollowingWords
    {
        public List<string> Follows { get; init; } = new();
    }
}
