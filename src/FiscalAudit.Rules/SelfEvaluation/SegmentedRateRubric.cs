using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// A 评分标准 that scores a rate in segments (“执行率≥95%得满分，每降低1个百分点扣0.5分，扣完为止”): full marks from
/// <see cref="FullAt"/> percent up, and <see cref="Points"/> off for every <see cref="Step"/> percentage points below it, never
/// below zero. Its wording is the pattern of Schemes/rate-indicator.json (“segmentedPattern”), with the groups full, step and points;
/// the shortfall is taken to <see cref="PercentDecimals"/> of a percentage point, as rates are stated (“percentDecimals”): 279.00 of
/// 300.00 is 93.00%, two points short of 95%, not 1.998 to 2.002.
/// </summary>
public sealed record SegmentedRateRubric(decimal FullAt, decimal Step, decimal Points, int PercentDecimals) : IRateRubric
{
    /// <summary>The segments <paramref name="rubric"/> states, or null when it states none (a proportional or a band rubric).</summary>
    public static SegmentedRateRubric? Parse(string rubric, Regex pattern, int percentDecimals)
    {
        var m = pattern.Match(Spaceless.Of(rubric));
        if (!m.Success) return null;
        static decimal Number(Group g) => decimal.Parse(g.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        var (full, step, points) = (Number(m.Groups["full"]), Number(m.Groups["step"]), Number(m.Groups["points"]));
        return step > 0 && points > 0 ? new SegmentedRateRubric(full, step, points, percentDecimals) : null;
    }

    /// <summary>
    /// The score the rubric gives <paramref name="weight"/> at <paramref name="rate"/> (a fraction): each started step or only each
    /// whole step below <see cref="FullAt"/> may be the one deducted (forms do both), so the score is the interval between the two.
    /// </summary>
    public Interval Score(Interval rate, decimal weight)
    {
        var (least, most) = (Shortfall(rate.High), Shortfall(rate.Low));
        return new Interval(Math.Max(0m, weight - Math.Ceiling(most / Step) * Points), Math.Max(0m, weight - Math.Floor(least / Step) * Points));
    }

    public IReadOnlyList<Interval> Scores(Interval rate, decimal weight) => [Score(rate, weight)];

    /// <summary>The percentage points <paramref name="rate"/> (a fraction) falls short of <see cref="FullAt"/>, as a rate is stated.</summary>
    private decimal Shortfall(decimal rate) => Math.Max(0m, PrintedNumber.RoundLike(FullAt - rate * 100m, PercentDecimals));

    /// <summary>How the rubric reads in a message: “≥95%满分、每低1个百分点扣0.5分”.</summary>
    public override string ToString() =>
        $"≥{EvaluationNumbers.Show(FullAt)}%满分、每低{EvaluationNumbers.Show(Step)}个百分点扣{EvaluationNumbers.Show(Points)}分";
}
