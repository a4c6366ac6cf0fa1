using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>One published set of grade thresholds other than the usual one (Schemes/grade-bands.json).</summary>
public sealed record GradeBandSet(string Name, IReadOnlyList<GradeBand> Bands);

/// <summary>How a stated grade compares with its score: the expected grade, under which bands, and how sure that is.</summary>
public sealed record GradeVerdict(string Expected, string Bands, Severity Severity, string? Note);

/// <summary>
/// The judgement of a stated grade: under the bands the document states, when they have that grade; else under the scheme's (the
/// usual 90/80/60 of reference-scoring.json unless the scheme lists its own). A department-wide grade that another published
/// set of thresholds gives (Schemes/grade-bands.json: 良 for 78 under 90/75/60) is only a hint.
/// </summary>
public static class GradeBandSets
{
    private sealed record File(string Source, List<GradeBandSet> Alternatives);

    private static readonly Lazy<IReadOnlyList<GradeBandSet>> All = new(() =>
        EmbeddedJson.Load<File>(typeof(GradeBandSets).Assembly, "grade-bands.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true }).Alternatives);

    public static IReadOnlyList<GradeBandSet> Alternatives => All.Value;

    /// <summary>
    /// Null when <paramref name="grade"/> is the one <paramref name="score"/> earns; else what it should be. Bands stated in
    /// the document (<see cref="EvaluationSet.GradeBands"/>: 优/良/中/差, or 合格/不合格 …) decide a grade of their scale; without
    /// them <paramref name="scheme"/>'s thresholds do,
    /// and for a department-wide evaluation (<paramref name="lenient"/>) a grade another published set gives is 提示.
    /// </summary>
    public static GradeVerdict? Judge(string grade, decimal score, EvaluationSet set, ScoringScheme scheme, bool lenient)
    {
        if (set.GradeBands.Any(b => b.Grade == grade))
        {
            var stated = GradeBand.Of(set.GradeBands.Select(b => new GradeBand(b.Grade, b.Min)).ToList(), score);
            return stated == grade ? null : new GradeVerdict(stated, "文中所列等级标准", Severity.Error, null);
        }
        var expected = scheme.GradeFor(score);
        if (expected == grade) return null;
        if (!scheme.HasGrade(grade)) return OtherScale(grade, score);
        var other = lenient ? Alternatives.FirstOrDefault(v => GradeBand.Of(v.Bands, score) == grade) : null;
        return other is null
            ? new GradeVerdict(expected, "通常的等级标准", Severity.Error, null)
            : new GradeVerdict(expected, "通常的等级标准", Severity.Info, $"按“{other.Name}”的标准为“{grade}”，如当地采用该标准可忽略");
    }

    /// <summary>
    /// A grade of another scale than the scheme's (合格/基本合格/不合格): null when a published set that has it gives it (or
    /// none has it); else a warning with what the first such set gives.
    /// </summary>
    private static GradeVerdict? OtherScale(string grade, decimal score)
    {
        var sets = Alternatives.Where(v => v.Bands.Any(b => b.Grade == grade)).ToList();
        if (sets.Count == 0 || sets.Any(v => GradeBand.Of(v.Bands, score) == grade)) return null;
        return new GradeVerdict(GradeBand.Of(sets[0].Bands, score), $"“{sets[0].Name}”的标准", Severity.Warning, null);
    }

    /// <summary>“总分 78 按通常的等级标准对应“中”，所报等级为“良”（…）”: <paramref name="score"/> names the score, <paramref name="where"/> where the grade stands.</summary>
    public static string Describe(GradeVerdict v, string score, string where, string grade) =>
        $"{score} 按{v.Bands}对应等级“{v.Expected}”，{where}为“{grade}”{(v.Note is null ? string.Empty : $"（{v.Note}）")}";
}
