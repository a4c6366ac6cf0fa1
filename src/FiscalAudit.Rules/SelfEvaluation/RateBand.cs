using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// One band of a rubric in bands: from <see cref="Low"/> percent up to the next band (<see cref="LowClosed"/>: whether
/// <see cref="Low"/> itself belongs to it; null when the rubric does not say, “90%-95%”), or — the band below every other, Low
/// null — under <see cref="FloorHigh"/> percent. It scores <see cref="WeightShare"/> × 分值 + <see cref="Points"/>: 满分 is
/// (1, 0), “得8分” (0, 8), “得分值的80%” (0.8, 0), “扣1分” (1, −1), “不得分” (0, 0).
/// </summary>
public sealed record RateBand(decimal? Low, bool? LowClosed, decimal? FloorHigh, decimal WeightShare, decimal Points)
{
    /// <summary>The band a condition and an outcome of <see cref="RateBandWording"/> state.</summary>
    public static RateBand Of(Match condition, Match outcome)
    {
        var (share, points) = outcome.Groups switch
        {
            var g when g["full"].Success => (1m, 0m),
            var g when g["points"].Success => (0m, Number(g["points"])),
            var g when g["share"].Success => (Number(g["share"]) / 100m, 0m),
            var g when g["off"].Success => (1m, -Number(g["off"])),
            _ => (0m, 0m),
        };
        var closed = condition.Groups["closed"].Success ? true : condition.Groups["open"].Success ? false : (bool?)null;
        return condition.Groups["low"].Success
            ? new RateBand(Number(condition.Groups["low"]), closed, null, share, points)
            : new RateBand(null, null, Number(condition.Groups["high"]), share, points);
    }

    /// <summary>What the band scores of <paramref name="weight"/>.</summary>
    public decimal Score(decimal weight) => WeightShare * weight + Points;

    /// <summary>How the band reads in a message: “≥95%得满分”, “低于80%不得分”.</summary>
    public override string ToString()
    {
        var from = Low is decimal low ? $"{(LowClosed == false ? ">" : "≥")}{EvaluationNumbers.Show(low)}%" : $"低于{EvaluationNumbers.Show(FloorHigh!.Value)}%";
        var scores = (WeightShare, Points) switch
        {
            (1m, 0m) => "得满分",
            (0m, 0m) => "不得分",
            (0m, var p) => $"得{EvaluationNumbers.Show(p)}分",
            (1m, var p) => $"扣{EvaluationNumbers.Show(-p)}分",
            (var s, _) => $"得分值的{EvaluationNumbers.Show(s * 100m)}%",
        };
        return from + scores;
    }

    private static decimal Number(Group g) => decimal.Parse(g.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
