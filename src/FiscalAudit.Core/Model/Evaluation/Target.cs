using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>How a target value is to be reached: ≥ ≤ ＞ ＜ =, a range, a bare number, or words only.</summary>
public enum TargetOperator
{
    /// <summary>A bare number ("50万元"): the direction follows the indicator (cost indicators are ≤).</summary>
    Plain,
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
    Equal,
    Range,
    /// <summary>Words only ("有效提高", "长期") or a date ("2020年12月31日前").</summary>
    Qualitative,
}

/// <summary>
/// A 年度指标值 as printed and parsed: operator, value (and upper bound for a range) and unit.
/// "≥95%" → AtLeast 95 "%"; "15-20万元/个" → Range 15..20 "万元/个"; "有效提高" → Qualitative.
/// </summary>
public sealed record Target(TargetOperator Operator, PrintedNumber? Value, PrintedNumber? Upper, string? Unit, string Text)
{
    public bool IsNumeric => Value is not null && Operator != TargetOperator.Qualitative;

    public static Target Qualitative(string text) => new(TargetOperator.Qualitative, null, null, null, text);
}

/// <summary>A 实际完成值: the first number printed (if any), its unit, and the text.</summary>
public sealed record Measurement(PrintedNumber? Value, string? Unit, string Text)
{
    public static readonly Measurement Empty = new(null, null, string.Empty);

    public bool IsEmpty => Text.Length == 0;
}
