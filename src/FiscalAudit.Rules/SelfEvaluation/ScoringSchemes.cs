using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Text;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// A scoring scheme as data (Schemes/*.json, embedded): total, funds rule, first-level points, indicators.
/// <paramref name="GroupPointsFixed"/>: the framework fixes its first-level groups, whose points add up to the total; the
/// scheme is one published weighting of them (a project may follow another that adds up too); otherwise the points are guidance. <paramref name="Grades"/>: the scheme's grade thresholds;
/// when absent, those of reference-scoring.json. <paramref name="TieRank"/>: among a form's alternatives, the lower rank wins a tie
/// (<see cref="ScoringSchemes.For(ProjectEvaluation)"/>).
/// </summary>
public sealed record ScoringScheme(
    string Id,
    string Name,
    string Form,
    string Source,
    decimal Total,
    FundsRule? Funds,
    IReadOnlyList<GroupPoints> Groups,
    IReadOnlyList<SchemeIndicator> Indicators,
    bool GroupPointsFixed = false,
    IReadOnlyList<GradeBand>? Grades = null,
    int TieRank = 0)
{
    /// <summary>The grade this scheme gives a score.</summary>
    public string GradeFor(decimal score) => GradeBand.Of(Bands, score);

    /// <summary>True when <paramref name="grade"/> is one of this scheme's grades (优/良/中/差, not 合格).</summary>
    public bool HasGrade(string grade) => Bands.Any(b => b.Grade == grade);

    private IReadOnlyList<GradeBand> Bands => Grades is { Count: > 0 } ? Grades : ScoringSchemes.Reference.Grades;

    /// <summary>The scheme's indicator with this second-level heading and name, if it lists one.</summary>
    public SchemeIndicator? Find(string? level2, string name) =>
        Indicators.FirstOrDefault(i => i.Name == name && (level2 is null || i.Level2 == level2));
}

/// <summary>得分 = Weight × min(执行率, RateCap), rounded to <see cref="Decimals"/>.</summary>
public sealed record FundsRule(decimal Weight, decimal RateCap, int Decimals);

public sealed record GroupPoints(string Name, decimal Points);

/// <summary>An indicator of a fixed framework with its weight and the scores its bracket rule allows (null: any).</summary>
public sealed record SchemeIndicator(string Level1, string Level2, string Name, decimal Weight, IReadOnlyList<decimal>? Brackets);

/// <summary>
/// Reference scoring: grades, where the reverse function reaches 0 and the words that decide qualitative outcomes;
/// <paramref name="CompliantPhrases"/>: phrases whose negation states compliance (“未超预算”, “未发生”), met whatever negative word they hold;
/// <paramref name="NoReasonTexts"/> and <paramref name="TemplateWords"/>: a 偏差原因 that gives no reason;
/// <paramref name="WordScales"/>: ordinal scales of result words (优 › 良 › 中 › 差) that rank an actual's words against the target's;
/// <paramref name="MissedReasonWords"/>: words of a 扣分原因 or 评价说明 that say the target was missed (“尚未完成”, “进度滞后”), unless one of
/// <paramref name="ReasonNegations"/> stands at most <paramref name="NegationReach"/> characters before it in its clause (“无滞后”, “项目无明显延期”, “不存在资金拨付滞后问题”), the text holds one of
/// <paramref name="CompliantPhrases"/>, or one of <paramref name="ReasonMetWords"/> says the target was met after all or names no miss
/// (“前期滞后，年底前已全部完成”, “尚未发现问题”).
/// </summary>
public sealed record ReferenceScoring(
    IReadOnlyList<GradeBand> Grades,
    decimal ReverseZeroAt,
    IReadOnlyList<string> NegativeWords,
    IReadOnlyList<string> PartialWords,
    IReadOnlyList<string> PositiveWords,
    IReadOnlyList<string> CompliantPhrases,
    IReadOnlyList<string> NoReasonTexts,
    IReadOnlyList<string> TemplateWords,
    IReadOnlyList<WordScale> WordScales,
    IReadOnlyList<string> MissedReasonWords,
    IReadOnlyList<string> ReasonNegations,
    IReadOnlyList<string> ReasonMetWords,
    int NegationReach)
{
    /// <summary>The grade a score earns (优/良/中/差).</summary>
    public string GradeFor(decimal score) => GradeBand.Of(Grades, score);

    /// <summary>True when the actual's words rank below the target's on a scale that holds both (target 长期稳定, actual 较稳定).</summary>
    public bool RanksBelow(string target, string actual) => WordScales.Any(s => s.RanksBelow(target, actual));

    private static readonly char[] ClauseEnds = ['，', ',', '。', '；', ';'];

    /// <summary>True when an indicator's 扣分原因 or 评价说明 says its target was missed (“管网铺设滞后，尚未完成年度目标”), not that it was not (“无滞后”).</summary>
    public bool ReasonSaysMissed(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || CompliantPhrases.Concat(ReasonMetWords).Any(w => reason.Contains(w, StringComparison.Ordinal))) return false;
        return reason.Split(ClauseEnds).Any(clause => MissedReasonWords.Any(w => clause.IndexOf(w, StringComparison.Ordinal) is var k and >= 0
            && !ReasonNegations.Any(n => clause[Math.Max(0, k - NegationReach - n.Length)..k].Contains(n, StringComparison.Ordinal))));
    }

    /// <summary>
    /// True when an indicator's 偏差原因 says something: not blank, not a bare “无” or “/” (<see cref="NoReasonTexts"/>,
    /// punctuation dropped), no drafting instruction or placeholder left in (<see cref="TemplateWords"/>).
    /// </summary>
    public bool GivesReason(string? deviation)
    {
        var text = WordScale.LettersOf(deviation ?? string.Empty);
        return text.Length > 0 && !NoReasonTexts.Contains(text) && !TemplateWords.Any(w => deviation!.Contains(w, StringComparison.Ordinal));
    }
}

/// <summary>
/// How an execution-rate indicator of an indicator table (“预算执行率”) is scored (Schemes/rate-indicator.json): when its 评分标准 is
/// proportional, 得分 = 分值 × min(执行率, RateCap), rounded to <see cref="Decimals"/>; when it states segments in the words of
/// <see cref="SegmentedPattern"/> (<see cref="SegmentedRateRubric"/>) or bands in those of <see cref="BandWording"/>
/// (<see cref="BandedRateRubric"/>), by them, the rate taken as stated, to <see cref="PercentDecimals"/> of a percentage point.
/// </summary>
public sealed record RateIndicatorScoring(
    IReadOnlyList<string> Names, IReadOnlyList<string> PartWords, IReadOnlyList<string> ProportionalWords, string SegmentedPattern,
    RateBandWording BandWording, decimal RateCap, int Decimals, int PercentDecimals)
{
    private readonly Regex segmented = new(SegmentedPattern, RegexOptions.CultureInvariant);

    /// <summary>True when the indicator's name (white space removed) holds one of <see cref="Names"/>.</summary>
    public bool IsRateIndicator(string name) => Names.Any(n => Compact(name).Contains(n, StringComparison.Ordinal));

    /// <summary>True when the indicator rates a part of a department's money (“基本支出预算执行率”), not the whole.</summary>
    public bool NamesPart(string name) => PartWords.Any(w => Compact(name).Contains(w, StringComparison.Ordinal));

    /// <summary>True when the printed 评分标准 scores in proportion to the rate (“执行率×分值”).</summary>
    public bool IsProportional(string rubric) => ProportionalWords.Any(w => Compact(rubric).Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The segments (“≥95%得满分，每降低1个百分点扣0.5分”) or, when the 评分标准 is not proportional, the bands (“≥95%得10分，
    /// 90%-95%得8分，90%以下不得分”) the printed 评分标准 scores the rate in; null when it states neither.
    /// </summary>
    public IRateRubric? Rubric(string rubric) =>
        (IRateRubric?)SegmentedRateRubric.Parse(rubric, segmented, PercentDecimals)
        ?? (IsProportional(rubric) ? null : BandedRateRubric.Parse(rubric, BandWording, PercentDecimals));

    private static string Compact(string text) => Spaceless.Of(text);
}

public sealed record GradeBand(string Grade, decimal Min)
{
    /// <summary>The grade of a score; a score below every band (a negative score) gets the lowest grade.</summary>
    public static string Of(IReadOnlyList<GradeBand> grades, decimal score)
    {
        var bands = grades.OrderByDescending(g => g.Min).ToList();
        return (bands.FirstOrDefault(g => score >= g.Min) ?? bands[^1]).Grade;
    }
}

/// <summary>Loads the embedded scheme files once.</summary>
public static class ScoringSchemes
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every embedded scheme file (Schemes/*.json that names a form), alternatives of a form in their tie rank.</summary>
    private static readonly Lazy<IReadOnlyList<ScoringScheme>> All = new(() =>
        EmbeddedJson.LoadAll("FiscalAudit.Schemes.")
            .Where(file => file.TryGetProperty("form", out _))
            .Select(file => file.Deserialize<ScoringScheme>(Options)!)
            .OrderBy(s => s.TieRank)
            .ToList());

    private static readonly Lazy<ReferenceScoring> ReferenceData = new(() => Load<ReferenceScoring>("reference-scoring"));

    private static readonly Lazy<RateIndicatorScoring> RateIndicatorData = new(() => Load<RateIndicatorScoring>("rate-indicator"));

    public static IReadOnlyList<ScoringScheme> Schemes => All.Value;

    public static ReferenceScoring Reference => ReferenceData.Value;

    public static RateIndicatorScoring RateIndicator => RateIndicatorData.Value;

    public static ScoringScheme Department => All.Value.Single(s => s.Form == "Department");

    /// <summary>The scheme of a form that has only one.</summary>
    public static ScoringScheme For(EvaluationForm form) => All.Value.Single(s => s.Form == form.ToString());

    /// <summary>
    /// The scheme of a project: the only one of its form or, when the form has alternatives (决策/过程/产出/效益
    /// 15/25/25/35, 20/20/40/20, …), the one whose first-level points agree with most of the points the project
    /// prints (<see cref="IndicatorGroups.Level1Points"/>); a tie goes to the scheme of lowest <see cref="ScoringScheme.TieRank"/>.
    /// </summary>
    public static ScoringScheme For(ProjectEvaluation project)
    {
        var candidates = All.Value.Where(s => s.Form == project.Form.ToString()).ToList();
        if (candidates.Count == 1) return candidates[0];
        var printed = IndicatorGroups.Level1Points(project);
        return candidates.OrderByDescending(s => s.Groups.Count(g => printed.Any(x => x.Name == g.Name && x.Points == g.Points))).First();
    }

    private static T Load<T>(string name) where T : class => EmbeddedJson.Load<T>(name + ".json", Options);
}
