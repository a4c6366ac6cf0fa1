using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// A 评分标准 that scores a rate in bands (“执行率≥95%得10分，90%（含）-95%得8分，80%-90%得6分，80%以下不得分”): each band
/// (<see cref="RateBand"/>) from its lower rate up to the next band's, in the words of Schemes/rate-indicator.json (“bandWording”).
/// The rate is taken as it is stated, to <see cref="PercentDecimals"/> of a percentage point (94.996% is 95.00%, 94.99% is not);
/// where its printed figures or a bound the rubric leaves open (is 90% in “90%-95%” or in “80%-90%”?) allow two bands, both are accepted.
/// </summary>
public sealed record BandedRateRubric(IReadOnlyList<RateBand> Bands, int PercentDecimals) : IRateRubric
{
    /// <summary>
    /// The bands <paramref name="rubric"/> states, highest first, or null unless every score it states follows a rate it starts at
    /// (or, for the lowest, stops at), two bands at least, each starting at its own rate, the lowest stopping where the others end.
    /// </summary>
    public static BandedRateRubric? Parse(string rubric, RateBandWording wording, int percentDecimals)
    {
        var text = Spaceless.Of(rubric);
        if (wording.ScoresOtherwise(text)) return null;
        var bands = new List<RateBand>();
        var from = 0;
        foreach (var outcome in wording.Outcomes(text))
        {
            if (wording.Condition(text[from..outcome.Index]) is not { } condition) return null;
            bands.Add(RateBand.Of(condition, outcome));
            from = outcome.Index + outcome.Length;
        }
        var ladder = bands.Where(b => b.Low is not null).OrderByDescending(b => b.Low).ToList();
        var floor = bands.Where(b => b.Low is null).ToList();
        var consistent = bands.Count >= 2 && floor.Count <= 1 && ladder.Count > 0
            && ladder.Select(b => b.Low).Distinct().Count() == ladder.Count && floor.All(f => f.FloorHigh == ladder[^1].Low);
        return consistent ? new BandedRateRubric([.. ladder, .. floor], percentDecimals) : null;
    }

    /// <summary>
    /// The score of each band the rate may fall in; none when the top band does not score the weight, a band would score above
    /// the weight or above a higher band (the rubric is not one for this weight, or scores parts of it: “一季度末达到20%得0.5分…”)
    /// or when the rate is below every band and the rubric states no floor.
    /// </summary>
    public IReadOnlyList<Interval> Scores(Interval rate, decimal weight)
    {
        var scores = Bands.Select(b => b.Score(weight)).ToList();
        if (scores[0] != weight || scores.Any(s => s < 0m || s > weight) || scores.Zip(scores.Skip(1)).Any(p => p.Second > p.First)) return [];
        var (low, high) = (PrintedNumber.RoundLike(rate.Low * 100m, PercentDecimals), PrintedNumber.RoundLike(rate.High * 100m, PercentDecimals));
        return Enumerable.Range(0, Bands.Count).Where(i => Reaches(i, low, high)).Select(i => scores[i]).Distinct().Select(Interval.Exact).ToList();
    }

    /// <summary>True when band <paramref name="i"/> holds a rate between <paramref name="low"/> and <paramref name="high"/> percent.</summary>
    private bool Reaches(int i, decimal low, decimal high)
    {
        var band = Bands[i];
        var above = i > 0 ? Bands[i - 1] : null;
        var bottom = band.Low ?? decimal.MinValue;
        var top = above?.Low ?? decimal.MaxValue;
        var (bottomIn, topIn) = (band.LowClosed != false, above?.LowClosed != true);
        return (high > bottom || (high == bottom && bottomIn)) && (low < top || (low == top && topIn));
    }

    /// <summary>How the rubric reads in a message: “≥95%得10分、≥90%得8分、低于90%不得分”.</summary>
    public override string ToString() => string.Join("、", Bands);
}
