using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// Rescores one indicator with the reference functions (domain.md §6) where they are reliable: a numeric target and a numeric
/// actual of comparable units. 正向 (≥ ＞) actual ≥ target → full, else weight × actual ÷ target; 反向 (≤ ＜) actual ≤ target →
/// full, up to 2× target linearly down to 0. A target that fixes a value or a range (= 22个, 15–20万元/个) tells which side is
/// worse only through the indicator's kind: below it for an output, above it for a cost; the other side (23个 against =22个,
/// 8.01万元 under a cost range) keeps the reported score. Qualitative results (完成 / 基本完成, 按期 / 延期), deadlines and
/// indicators without a comparable actual keep the reported score (within 0…weight): no function of the framework fixes
/// their points, and FA4008/FA4009 judge them. So does a printed 评分标准 (third-party tables): the indicator's own rule, not
/// the reference, scored it. A proportional score printed with fewer decimals (“9.7” for 9.67) is the reference rounded and is kept.
/// </summary>
internal static class ReferenceScorer
{
    public static IndicatorReference Score(Indicator indicator, decimal? weight, ReferenceScoring reference)
    {
        if (weight is not decimal w) return new(indicator, null, "无分值");
        if (!string.IsNullOrWhiteSpace(indicator.Rubric)) return Keep(indicator, w, "按所印评分标准计分，沿用评价得分");
        var t = indicator.Target;
        var a = indicator.Actual.Value?.Value;
        if (t.IsNumeric && a is decimal x && TargetAchievement.UnitsComparable(t.Unit, indicator.Actual.Unit))
        {
            var target = t.Value!.Value.Value;
            var direction = TargetAchievement.Direction(indicator);
            if (TargetAchievement.Satisfies(indicator, x)) return new(indicator, w, $"{Name(direction)}：实际 {indicator.Actual.Text} 达到目标 {t.Text}，满分");
            if (!TargetAchievement.FallsShort(indicator, x)) return Keep(indicator, w, $"实际 {indicator.Actual.Text} 超出目标 {t.Text} 的一侧不算未完成，沿用自评分");
            return direction switch
            {
                TargetOperator.AtMost or TargetOperator.LessThan => Reverse(indicator, w, x, target, reference),
                TargetOperator.Range or TargetOperator.Equal when x > target && indicator.IsCost => Reverse(indicator, w, x, t.Upper?.Value ?? target, reference),
                TargetOperator.Equal when x > target => Keep(indicator, w, "目标为 0，无法按比例计分"),
                _ => Forward(indicator, w, x, target),
            };
        }
        return Keep(indicator, w, "定性、时限目标或无可比的实际值，沿用自评分");
    }

    private static IndicatorReference Forward(Indicator indicator, decimal w, decimal x, decimal target) => target > 0
        ? new(indicator, Proportional(indicator, w * Math.Max(0m, x) / target), $"正向：{EvaluationNumbers.Show(w)} × {EvaluationNumbers.Show(x, 4)} ÷ {EvaluationNumbers.Show(target, 4)}")
        : Keep(indicator, w, "目标为 0，无法按比例计分");

    private static IndicatorReference Reverse(Indicator indicator, decimal w, decimal x, decimal target, ReferenceScoring reference)
    {
        if (target <= 0) return new(indicator, x <= 0 ? w : 0m, "反向：目标为 0");
        if (x >= reference.ReverseZeroAt * target) return new(indicator, 0m, $"反向：实际达目标的 {EvaluationNumbers.Show(reference.ReverseZeroAt)} 倍及以上，0 分");
        return new(indicator, Proportional(indicator, w * (1m - (x - target) / target)), $"反向：{EvaluationNumbers.Show(w)} × (1 − ({EvaluationNumbers.Show(x, 4)} − {EvaluationNumbers.Show(target, 4)}) ÷ {EvaluationNumbers.Show(target, 4)})");
    }

    private static IndicatorReference Keep(Indicator indicator, decimal w, string why) =>
        new(indicator, indicator.Score is PrintedNumber s ? Math.Clamp(s.Value, 0m, Math.Max(w, 0m)) : null, why);

    private static decimal Round(decimal v) => PrintedNumber.RoundLike(v, 2);

    /// <summary>
    /// A proportional reference score; when the reported score, printed with decimals (“9.7”), is that score rounded to
    /// its own places, the reported one: the unit applied the same function and rounded it as it prints every score.
    /// </summary>
    private static decimal Proportional(Indicator indicator, decimal v) =>
        indicator.Score is PrintedNumber s && s.Decimals > 0 && s.Interval.Contains(v) ? s.Value : Round(v);

    private static string Name(TargetOperator direction) => direction is TargetOperator.AtMost or TargetOperator.LessThan ? "反向" : direction == TargetOperator.Range ? "区间" : "正向";
}
