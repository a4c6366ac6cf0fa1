using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// A 评分标准 that scores an execution rate by its own rule, not in proportion (“执行率×分值”): in segments
/// (<see cref="SegmentedRateRubric"/>) or in bands (<see cref="BandedRateRubric"/>).
/// </summary>
public interface IRateRubric
{
    /// <summary>
    /// The scores the rubric allows <paramref name="weight"/> at <paramref name="rate"/> (a fraction, the interval its printed
    /// figures allow): one interval or several, each accepted; none when the rubric cannot score this rate or weight.
    /// </summary>
    IReadOnlyList<Interval> Scores(Interval rate, decimal weight);
}
