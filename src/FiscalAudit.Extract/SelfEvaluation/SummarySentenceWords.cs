using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The wordings of portfolio and department sentences (<see cref="SummaryParser"/>), loaded from summary-sentences.json (embedded),
/// where each is described, and the expressions built from them once.
/// </summary>
internal sealed class SummarySentenceWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static SummarySentenceWords Default { get; } = EmbeddedJson.Load<SummarySentenceWords>(typeof(SummarySentenceWords).Assembly, "summary-sentences.json", Options);

    /// <summary>Expressions of a count of evaluated projects followed by their funds; {n} is the count.</summary>
    public List<string> PortfolioCounts { get; init; } = new();

    /// <summary>Expressions of a count of evaluated projects followed by their funds that says nothing of their forms attached; {n} may stand more than once.</summary>
    public List<string> UnattachedCounts { get; init; } = new();

    /// <summary>Expressions of a count of evaluated projects that may stand without their funds.</summary>
    public List<string> PortfolioCountsAlone { get; init; } = new();

    /// <summary>Expressions of a count of projects whose self-evaluation results the document publishes; {n} is the count.</summary>
    public List<string> PublishedCounts { get; init; } = new();

    public List<string> FundsWords { get; init; } = new();

    /// <summary>Wordings saying every project's form is attached, uncounted (“各项目自评表附后”).</summary>
    public List<string> AllAttached { get; init; } = new();

    /// <summary>Words that only frame a word of what was spent: before it (“全年”) and after it (“合计”).</summary>
    public List<string> SpentFrames { get; init; } = new();

    public List<string> SpentTotals { get; init; } = new();

    /// <summary>Words that make a sentence the whole department's (“整体”, “部门支出”).</summary>
    public List<string> DepartmentWords { get; init; } = new();

    public List<string> NotDepartmentWords { get; init; } = new();

    public List<string> DepartmentScoreWords { get; init; } = new();

    /// <summary>The words before a per-project summary's score, budget, amount spent and execution rate.</summary>
    public List<string> SummaryScoreWords { get; init; } = new();

    public List<string> SummaryBudgetWords { get; init; } = new();

    public List<string> SummaryExecutedWords { get; init; } = new();

    public List<string> SummaryRateWords { get; init; } = new();

    /// <summary>The counters between a stated number of indicators and their level (“3个一级指标”, “41项三级指标”).</summary>
    public List<string> CountUnits { get; init; } = new();

    /// <summary>Words of a sentence that states an average over projects, not one project's score.</summary>
    public List<string> AverageWords { get; init; } = new();

    /// <summary>True when the text speaks of the whole department or of an average, not of one project.</summary>
    public bool SpeaksOfMore(string text) => DepartmentWords.Concat(AverageWords).Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// A portfolio statement: the count (group n), the clause break (sep), the words before the amount (label), the amount (v),
    /// its unit (u) and words in brackets after it (after); group alone when the count may stand without its funds, group unattached
    /// when the wording says nothing of the forms (the count then the sum of its captures of n).
    /// </summary>
    public Regex Portfolio => expressions.Value.Portfolio;

    /// <summary>A count (group n) of projects whose self-evaluation results the document publishes.</summary>
    public Regex Published => expressions.Value.Published;

    /// <summary>A sentence saying every project's form is attached (“各项目自评表附后”).</summary>
    public Regex AllFormsAttached => expressions.Value.AllAttached;

    /// <summary>The words a budget amount follows (“涉及资金”), from the start.</summary>
    public Regex Funds => expressions.Value.Funds;

    /// <summary>A word of a kind of amount (group k) with words that only frame it, the whole text.</summary>
    public Regex Spent => expressions.Value.Spent;

    /// <summary>A department's score (group v).</summary>
    public Regex DepartmentScore => expressions.Value.DepartmentScore;

    /// <summary>The head of a per-project summary: its ordinal (ord) or quoted name (q) and the rest of its name (name).</summary>
    public Regex SummaryHead => expressions.Value.SummaryHead;

    /// <summary>A per-project summary's score, budget (万元), amount spent and execution rate (%), each in group v.</summary>
    public Regex SummaryScore => expressions.Value.SummaryScore;

    public Regex SummaryBudget => expressions.Value.SummaryBudget;

    public Regex SummaryExecuted => expressions.Value.SummaryExecuted;

    public Regex SummaryRate => expressions.Value.SummaryRate;

    /// <summary>A stated number of indicators (n) of a level (l, a level header).</summary>
    public Regex IndicatorCount => expressions.Value.IndicatorCount;

    private readonly Lazy<Expressions> expressions;

    private sealed record Expressions(
        Regex Portfolio, Regex Published, Regex Funds, Regex Spent, Regex DepartmentScore,
        Regex SummaryHead, Regex SummaryScore, Regex SummaryBudget, Regex SummaryExecuted, Regex SummaryRate, Regex IndicatorCount, Regex AllAttached);

    public SummarySentenceWords()
    {
        expressions = new(Build);
    }

    private Expressions Build()
    {
        const string count = "(?<n>[0-9]{1,6}|[一二两三四五六七八九十]{1,3})";
        const string funds = @"(?<sep>[，,（(])(?:共)?(?<label>[^，,。；;：:（()）0-9]{0,12}?)(?<v>\d[\d,]*(?:\.\d+)?)(?<u>万元|元)(?:[（(](?<after>[^，,。（()）0-9]{1,10})[）)])?";
        static string Any(IEnumerable<string> words) => string.Join("|", words.Select(Regex.Escape));
        string Counts(IEnumerable<string> phrases) => string.Join("|", phrases.Select(p => p.Replace("{n}", count, StringComparison.Ordinal)));
        const RegexOptions options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        return new(
            new Regex($"(?:{Counts(PortfolioCounts)}){funds}|(?<unattached>)(?:{Counts(UnattachedCounts)}){funds}|(?<alone>)(?:{Counts(PortfolioCountsAlone)})(?:{funds})?", options),
            new Regex(Counts(PublishedCounts), options),
            new Regex($"^(?:{Any(FundsWords)})", options),
            new Regex($"^(?:{Any(SpentFrames)})*(?<k>.+?)(?:{Any(SpentTotals)})?为?$", options),
            WordAmounts.After(DepartmentScoreWords, "分"),
            new Regex($@"(?:(?<ord>[0-9]{{1,6}})[.、．]|“(?<q>[^”]+)”)(?<name>[^：:。]*?)(?:项目)?(?:绩效)?{Regex.Escape(EvaluationMarkers.Summary)}[：:]?", options),
            WordAmounts.After(SummaryScoreWords, "分"),
            WordAmounts.After(SummaryBudgetWords, "万元"),
            WordAmounts.After(SummaryExecutedWords, string.Empty),
            WordAmounts.After(SummaryRateWords, "%", unitInValue: true),
            new Regex($"(?<n>[0-9]{{1,6}})(?:{Any(CountUnits)})(?<l>{LabelWordsFile.Alternatives(ThirdPartyVocabulary.Default.LevelHeaders)})", options),
            new Regex(string.Join("|", AllAttached), options));
    }
}
