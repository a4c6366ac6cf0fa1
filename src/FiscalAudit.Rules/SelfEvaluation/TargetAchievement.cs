using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>Whether an indicator's target was reached.</summary>
internal enum Outcome
{
    /// <summary>Cannot be told (no actual, a date, units that differ, words that decide nothing).</summary>
    Unknown,
    Met,
    Partial,
    /// <summary>The printed actual misses the target, but a value inside its rounding would meet it ("＞90%", actual "90%").</summary>
    MissedAtBoundary,
    Missed,
}

/// <summary>
/// Judges targets: numbers by operator (a bare number is ≥, or ≤ for cost indicators; a range is
/// lo ≤ x ≤ hi), deadlines by the date printed (<see cref="DeadlineTarget"/>), words by the reference word lists (未开展 → missed,
/// 部分/基本 the target does not say itself → partial, words ranked below the target's on a <see cref="WordScale"/> (目标 优,
/// 实际 良) → partial, 提高/完成… or the target's own words → met).
/// </summary>
internal static class TargetAchievement
{
    public static Outcome Judge(Indicator indicator, ReferenceScoring reference)
    {
        var actual = indicator.Actual;
        if (actual.IsEmpty) return Outcome.Unknown;
        if (indicator.Target.IsNumeric && actual.Value is PrintedNumber a)
        {
            if (!UnitsComparable(indicator.Target.Unit, actual.Unit)) return Outcome.Unknown;
            if (Satisfies(indicator, a.Value)) return Outcome.Met;
            if (!FallsShort(indicator, a.Value)) return Outcome.Unknown;
            return Satisfies(indicator, a.Interval.Low) || Satisfies(indicator, a.Interval.High) ? Outcome.MissedAtBoundary : Outcome.Missed;
        }
        var deadline = DeadlineTarget.Judge(indicator.Target.Text, actual.Text);
        return deadline == Outcome.Unknown ? ByWords(indicator, reference) : deadline;
    }

    /// <summary>The comparison the target asks for, applied to one value.</summary>
    public static bool Satisfies(Indicator indicator, decimal x)
    {
        var t = indicator.Target;
        var v = t.Value!.Value.Value;
        return Direction(indicator) switch
        {
            TargetOperator.AtLeast => x >= v,
            TargetOperator.GreaterThan => x > v,
            TargetOperator.AtMost => x <= v,
            TargetOperator.LessThan => x < v,
            TargetOperator.Equal => x == v,
            TargetOperator.Range => x >= v && x <= t.Upper!.Value.Value,
            _ => false,
        };
    }

    /// <summary>
    /// True when a value that misses the target falls short of it: under a ≥ or ＞ target, over a ≤ or ＜ one; against a fixed
    /// value or a range (=22个, 15-20万元/个) under it for an output and over it for a cost. Beyond a value or a range on the other
    /// side (23个 against =22个; 8.01万元 under a cost range of 15-20万元) is no shortfall, except over a value of 0 (安全事故 =0).
    /// </summary>
    public static bool FallsShort(Indicator indicator, decimal x)
    {
        var v = indicator.Target.Value!.Value.Value;
        return Direction(indicator) switch
        {
            TargetOperator.Equal or TargetOperator.Range when x < v => !indicator.IsCost,
            TargetOperator.Equal => indicator.IsCost || v == 0,
            TargetOperator.Range => indicator.IsCost,
            _ => true,
        };
    }

    /// <summary>The operator with a bare number resolved: ≤ for cost indicators, ≥ otherwise.</summary>
    public static TargetOperator Direction(Indicator indicator) => indicator.Target.Operator switch
    {
        TargetOperator.Plain => indicator.IsCost ? TargetOperator.AtMost : TargetOperator.AtLeast,
        var op => op,
    };

    /// <summary>Units compare when either is missing or they agree before any "/" ("天" and "天/人").</summary>
    public static bool UnitsComparable(string? target, string? actual)
    {
        if (target is null || actual is null) return true;
        static string Head(string u) => u.Split('/')[0];
        return Head(target) == Head(actual);
    }

    private static Outcome ByWords(Indicator indicator, ReferenceScoring reference)
    {
        var actual = indicator.Actual.Text;
        var target = indicator.Target.Text;
        if (reference.CompliantPhrases.Any(w => actual.Contains(w, StringComparison.Ordinal))) return Outcome.Met;
        if (reference.NegativeWords.Any(w => actual.Contains(w, StringComparison.Ordinal))) return Outcome.Missed;
        if (reference.PartialWords.Any(w => actual.Contains(w, StringComparison.Ordinal) && !target.Contains(w, StringComparison.Ordinal))) return Outcome.Partial;
        if (reference.RanksBelow(target, actual)) return Outcome.Partial;
        if (actual == target || reference.PositiveWords.Any(w => actual.Contains(w, StringComparison.Ordinal))) return Outcome.Met;
        return Outcome.Unknown;
    }
}
