using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The words of 投入/过程/产出/效果 forms (<see cref="BracketFormParser"/>), loaded from bracket-form.json (embedded), where each is
/// described: the framework's indicators the parser looks for and the labels around them.
/// </summary>
internal sealed class BracketFormWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static BracketFormWords Default { get; } = EmbeddedJson.Load<BracketFormWords>(typeof(BracketFormWords).Assembly, "bracket-form.json", Options);

    public List<string> SupervisorLabels { get; init; } = new();

    public List<string> TotalLabels { get; init; } = new();

    /// <summary>What the 是否有佐证资料 column prints after a score (“7 是”).</summary>
    public List<string> EvidenceAnswers { get; init; } = new();

    /// <summary>The third-level indicators in printed order.</summary>
    public List<Entry> Indicators { get; init; } = new();

    /// <summary>A score line: the number (group v) and, optionally, an evidence answer.</summary>
    public Regex ScoreLine => expressions.Value.Score;

    /// <summary>The total line: a total label and the number (group v).</summary>
    public Regex TotalLine => expressions.Value.Total;

    private readonly Lazy<(Regex Score, Regex Total)> expressions;

    public BracketFormWords()
    {
        expressions = new(() =>
        {
            const string number = @"(?<v>\d+(?:\.\d+)?)";
            return (new Regex($"^{number}(?:{LabelWordsFile.Alternatives(EvidenceAnswers)})?$", RegexOptions.CultureInvariant),
                new Regex($"^(?:{LabelWordsFile.Alternatives(TotalLabels)}):?{number}分?$", RegexOptions.CultureInvariant));
        });
    }

    /// <summary>One indicator of the framework: its headings, its name and the other names it is printed under.</summary>
    public sealed class Entry
    {
        public string Level1 { get; init; } = string.Empty;

        public string Level2 { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public List<string> Aliases { get; init; } = new();

        /// <summary>The name first, then the aliases.</summary>
        public IEnumerable<string> Names => Aliases.Prepend(Name);
    }
}
