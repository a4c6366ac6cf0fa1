using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Reads 年度指标值 and 实际完成值 cells: "≥95%", "＞240天", "≤43万元", "不低于90%", "15-20万元/个",
/// "5万元以内", "有效提高", "2020年12月31日前", "百分之九十". Never throws; what it cannot read stays qualitative.
/// </summary>
internal static partial class TargetParser
{
    [GeneratedRegex(@"(?<a>\d[\d,]*(?:\.\d+)?)\s*(?<ua>%|[^\d\s\-~～—至到]{0,4}?)\s*[-~～—至到]\s*(?<b>\d[\d,]*(?:\.\d+)?)\s*(?<unit>[^\s，,；;。、（(]*)")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*(前|底|份)|\d+\s*年\s*(前|底)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[^\s，,；;。、（(]*")]
    private static partial Regex UnitPattern();

    private static TargetWords Words => TargetWords.Default;

    public static Target ParseTarget(string? text, string? unitHint = null)
    {
        var t = NumberMarks.Stated(text);
        if (t.Length == 0 || DatePattern().IsMatch(t)) return Target.Qualitative(t);
        var folded = EvaluationText.FoldDigits(ChinesePercent.AsDigits(t));
        var range = RangePattern().Match(folded);
        if (range.Success && NumberText.Parse(range.Groups["a"].Value) is PrintedNumber lo && NumberText.Parse(range.Groups["b"].Value) is PrintedNumber hi && lo.Value < hi.Value)
        {
            var unit = NonEmpty(range.Groups["unit"].Value) ?? NonEmpty(range.Groups["ua"].Value) ?? unitHint;
            return new Target(TargetOperator.Range, lo, hi, NormalizeUnit(unit), t);
        }
        if (EvaluationText.FirstNumberIn(folded) is not var (value, end)) return Target.Qualitative(t);
        var before = folded[..Math.Max(0, folded.IndexOf(value.Text, StringComparison.Ordinal))];
        var after = folded[end..];
        var unitText = NonEmpty(UnitPattern().Match(after.TrimStart()).Value) ?? unitHint;
        var op = Words.OperatorBefore(before);
        if (op == TargetOperator.Plain) op = Words.OperatorAfter(after);
        return new Target(op, value, null, NormalizeUnit(unitText is null ? null : Words.WithoutOperatorWords(unitText)), t);
    }

    /// <summary>
    /// The actual value and unit. Against a percentage target a bare fraction (“0.963”, a spreadsheet's percent cell
    /// without its format) is read as the percentage it stands for (96.3%).
    /// </summary>
    public static Measurement ParseActual(string? text, string? unitHint = null, Target? target = null)
    {
        var t = NumberMarks.Stated(text);
        if (t.Length == 0) return Measurement.Empty;
        if (DatePattern().IsMatch(t)) return new Measurement(null, null, t);
        var folded = EvaluationText.FoldDigits(ChinesePercent.AsDigits(t));
        if (EvaluationText.FirstNumberIn(folded) is not var (value, end)) return new Measurement(null, null, t);
        var unit = NormalizeUnit(NonEmpty(UnitPattern().Match(folded[end..].TrimStart()).Value) ?? unitHint);
        if (unit is null && target is { Unit: "%", Value.Value: > 1m } && value is { Value: > 0m and <= 1m, Decimals: >= 2 })
            return new Measurement(new PrintedNumber(value.Value * 100m, value.Decimals - 2, true, value.Text), "%", t);
        return new Measurement(value, unit, t);
    }

    /// <summary>"%%" → "%", a word listed for % ("百分比") → "%"; null for empty.</summary>
    public static string? NormalizeUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var u = unit.Trim().Replace("％", "%");
        while (u.Contains("%%", StringComparison.Ordinal)) u = u.Replace("%%", "%");
        return Words.PercentUnits.Contains(u) ? "%" : u;
    }

    private static string? NonEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
