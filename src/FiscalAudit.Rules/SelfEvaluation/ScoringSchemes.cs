using System.Text.Json;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>A scoring scheme as data (Schemes/*.json, embedded): total, funds rule, first-level points, indicators.</summary>
public sealed record ScoringScheme(string Id, string Name, string Form, string Source, decimal Total, FundsRule? Funds, IReadOnlyList<GroupPoints> Groups, IReadOnlyList<SchemeIndicator> Indicators)
{
    /// <summary>The scheme's indicator with this second-level heading and name, if it lists one.</summary>
    public SchemeIndicator? Find(string? level2, string name) =>
        Indicators.FirstOrDefault(i => i.Name == name && (level2 is null || i.Level2 == level2));
}

/// <summary>得分 = Weight × min(执行率, RateCap), rounded to <see cref="Decimals"/>.</summary>
public sealed record FundsRule(decimal Weight, decimal RateCap, int Decimals);

public sealed record GroupPoints(string Name, decimal Points);

/// <summary>An indicator of a fixed framework with its weight and the scores its bracket rule allows (null: any).</summary>
public sealed record SchemeIndicator(string Level1, string Level2, string Name, decimal Weight, IReadOnlyList<decimal>? Brackets);

/// <summary>Reference scoring: grades, the qualitative bands (fractions of the weight) and the words that decide them.</summary>
public sealed record ReferenceScoring(
    IReadOnlyList<GradeBand> Grades,
    decimal ReverseZeroAt,
    Band Achieved,
    Band Partial,
    Band Missed,
    IReadOnlyList<string> NegativeWords,
    IReadOnlyList<string> PartialWords,
    IReadOnlyList<string> PositiveWords)
{
    /// <summary>The grade a score earns (优/良/中/差).</summary>
    /// <summary>The grade of a score; a score below every band (a negative score) gets the lowest grade.</summary>
    public string GradeFor(decimal score)
    {
        var bands = Grades.OrderByDescending(g => g.Min).ToList();
        return (bands.FirstOrDefault(g => score >= g.Min) ?? bands[^1]).Grade;
    }
}

public sealed record GradeBand(string Grade, decimal Min);

public sealed record Band(decimal Low, decimal High);

/// <summary>Loads the embedded scheme files once.</summary>
public static class ScoringSchemes
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<ScoringScheme>> All = new(() =>
        new[] { "funds10-indicators90", "input-process-output-effect", "department-35-20-45" }.Select(Load<ScoringScheme>).ToList());

    private static readonly Lazy<ReferenceScoring> ReferenceData = new(() => Load<ReferenceScoring>("reference-scoring"));

    public static IReadOnlyList<ScoringScheme> Schemes => All.Value;

    public static ReferenceScoring Reference => ReferenceData.Value;

    public static ScoringScheme Department => All.Value.Single(s => s.Form == "Department");

    public static ScoringScheme For(EvaluationForm form) => All.Value.Single(s => s.Form == form.ToString());

    private static T Load<T>(string name) where T : class => EmbeddedJson.Load<T>(name + ".json", Options);
}
