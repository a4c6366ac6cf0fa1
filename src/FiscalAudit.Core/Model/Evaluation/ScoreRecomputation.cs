namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// A project's scores recomputed under its scoring scheme: the funds score from the execution rate,
/// <see cref="RecomputedScore"/> = that funds score + the printed indicator scores, and
/// <see cref="ReferenceScore"/> = every indicator rescored with the reference functions.
/// <see cref="Steps"/> explains each step in Chinese (for --explain). Null values could not be computed.
/// </summary>
public sealed record ScoreRecomputation(
    string SchemeId,
    string SchemeName,
    decimal? FundsScore,
    decimal? IndicatorSum,
    decimal? RecomputedScore,
    decimal? ReferenceScore,
    IReadOnlyList<IndicatorReference> Indicators,
    IReadOnlyList<string> Steps);

/// <summary>The reference score of one indicator and how it was obtained ("正向：实际 121 ÷ 目标 160 × 5").</summary>
public sealed record IndicatorReference(Indicator Indicator, decimal? ReferenceScore, string Method);
