using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of prose project reports (<see cref="ProseReportParser"/>), loaded from prose-report.json (embedded), where each is described.</summary>
internal sealed class ProseReportWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ProseReportWords Default { get; } = EmbeddedJson.Load<ProseReportWords>(typeof(ProseReportWords).Assembly, "prose-report.json", Options);

    public List<string> StartHeadings { get; init; } = new();

    public List<string> TitleEndings { get; init; } = new();

    /// <summary>Expressions of a sentence naming the project; {name} is the name.</summary>
    public List<string> NameSentences { get; init; } = new();

    public List<string> InitialBudgetWords { get; init; } = new();

    public List<string> BudgetWords { get; init; } = new();

    public List<string> ExecutedWords { get; init; } = new();

    public List<string> RateWords { get; init; } = new();

    public List<string> TotalScoreWords { get; init; } = new();

    public List<string> GoalLabels { get; init; } = new();

    public List<string> GoalActualLabels { get; init; } = new();

    /// <summary>The name sentence, the name in group name.</summary>
    public Regex Name => expressions.Value.Name;

    /// <summary>The title: year (group year) and name (group name).</summary>
    public Regex Title => expressions.Value.Title;

    /// <summary>The funds stated in the text, each in group v (万元; the rate with its %).</summary>
    public Regex InitialBudget => expressions.Value.InitialBudget;

    public Regex Budget => expressions.Value.Budget;

    public Regex Executed => expressions.Value.Executed;

    public Regex Rate => expressions.Value.Rate;

    /// <summary>An indicator sentence: name, target (t), actual (a), weight (w), score (s).</summary>
    public Regex Indicator => expressions.Value.Indicator;

    /// <summary>The stated total (group v).</summary>
    public Regex Total => expressions.Value.Total;

    private readonly Lazy<Expressions> expressions;

    private sealed record Expressions(Regex Name, Regex Title, Regex InitialBudget, Regex Budget, Regex Executed, Regex Rate, Regex Indicator, Regex Total);

    public ProseReportWords()
    {
        expressions = new(Build);
    }

    private Expressions Build()
    {
        const RegexOptions options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        var columns = IndicatorTableWords.Default;
        string Labelled(IEnumerable<string> words, string group, string stop) => $"[，,](?:{LabelWordsFile.Alternatives(words)})(?<{group}>[^{stop}]*)";
        return new(
            new Regex(LabelWordsFile.Either(NameSentences.Select(s => s.Replace("{name}", "(?<name>.+?)", StringComparison.Ordinal))), options),
            new Regex($"^(?<year>\\d{{4}})年度?(?<name>.+?)(?:项目)?(?:{LabelWordsFile.Alternatives(TitleEndings)})$", options),
            WordAmounts.After(InitialBudgetWords, "万元"),
            WordAmounts.After(BudgetWords, "万元"),
            WordAmounts.After(ExecutedWords, "万元"),
            WordAmounts.After(RateWords, "%", unitInValue: true),
            new Regex("^[（(]\\d+[）)](?<name>.+?)" + Labelled(columns.TargetColumns, "t", "，,") + Labelled(columns.ActualColumns, "a", "，,")
                + Labelled(columns.WeightColumns, "w", "，,") + Labelled(columns.ScoreColumns, "s", "。，,"), options),
            WordAmounts.After(TotalScoreWords, "分"));
    }
}
