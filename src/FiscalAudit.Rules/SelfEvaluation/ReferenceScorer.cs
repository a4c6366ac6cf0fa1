using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// Rescores one indicator with the reference functions (domain.md §6): 正向 actual ≥ target → full,
/// else weight × actual ÷ target; 反向 actual ≤ target → full, up to 2× target linearly down to 0;
/// a range is full inside, 正向 below and 反向 above; qualitative results keep the reported score
/// when it lies in the band of the outcome (达成 80–100%, 部分达成 60–80%, 未达成 0–60%), else the band's
/// nearest edge. Without a basis the reported score is kept (within 0…weight), and so it is under a printed
/// 评分标准 (third-party tables): the indicator's own rule, not the reference, scored it. A proportional score printed
/// with fewer decimals (“9.7” for 9.67) is the reference rounded and is kept.
/// </summary>
internal static class ReferenceScorer
{
    public static IndicatorReference Score(Indicator indicator, decimal? weight, ReferenceScoring reference)
    {
        if (weight is not decimal w) return new(indicator, null, "无分值");
        if (!string.IsNullOrWhiteSpace(indicator.Rubric)) return Keep(indicator, w, "按所印评分标准计分，沿用评价得分");
        var reported = indicator.Score?.Value;
        var t = indicator.Target;
        var a = indicator.Actual.Value?.Value;
        if (t.IsNumeric && a is decimal x && TargetAchievement.UnitsComparable(t.Unit, indicator.Actual.Unit))
        {
            var target = t.Value!.Value.Value;
            var direction = TargetAchievement.Direction(indicator);
            if (TargetAchievement.Satisfies(indicator, x)) return new(indicator, w, $"{Name(direction)}：实际 {indicator.Actual.Text} 达到目标 {t.Text}，满分");
            return direction switch
            {
                TargetOperator.AtLeast or TargetOperator.GreaterThan or TargetOperator.Equal when target > 0 =>
                    new(indicator, Proportional(indicator, w * Math.Max(0m, x) / target), $"正向：{EvaluationNumbers.Show(w)} × {EvaluationNumbers.Show(x, 4)} ÷ {EvaluationNumbers.Show(target, 4)}"),
                TargetOperator.AtMost or TargetOperator.LessThan => Reverse(indicator, w, x, target, reference),
                TargetOperator.Range when x < target && target > 0 =>
                    new(indicator, Proportional(indicator, w * Math.Max(0m, x) / target), $"区间下限：{EvaluationNumbers.Show(w)} × {EvaluationNumbers.Show(x, 4)} ÷ {EvaluationNumbers.Show(target, 4)}"),
                TargetOperator.Range => Reverse(indicator, w, x, t.Upper!.Value.Value, reference),
                _ => Keep(indicator, w, "目标为 0，无法按比例计分"),
            };
        }
        var outcome = TargetAchievement.Judge(indicator, reference);
        var band = outcome switch
        {
            Outcome.Met => reference.Achieved,
            Outcome.Partial => reference.Partial,
            Outcome.Missed or Outcome.MissedAtBoundary => reference.Missed,
            _ => null,
        };
        if (band is null) return Keep(indicator, w, "无可比的实际值，沿用自评分");
        if (reported is not decimal r) return new(indicator, null, "未填得分");
        var low = Round(band.Low * w);
        var high = Round(band.High * w);
        var kept = Math.Clamp(r, Math.Min(low, high), Math.Max(low, high));
        return new(indicator, kept, $"定性（{BandName(outcome)}，{EvaluationNumbers.Show(low)}～{EvaluationNumbers.Show(high)}分）");
    }

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

    private static string BandName(Outcome o) => o switch
    {
        Outcome.Met => "达成",
        Outcome.Partial => "部分达成",
        _ => "未达成",
    };
}
