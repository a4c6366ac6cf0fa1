using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>A number found in running text: where it is, what it says and the unit printed after it.</summary>
public sealed record NumberMention(int Start, int End, PrintedNumber Number, string Unit)
{
    public bool IsPercent => Unit == "%";

    /// <summary>Amounts in 万元 (amounts printed in 元 or 亿元 are restated by the scanner, 亿元 ones with their coarser rounding).</summary>
    public bool IsMoney => Unit is "万元";

    /// <summary>Points of a score (“自评得分96分”).</summary>
    public bool IsScore => Unit is "分";

    /// <summary>Units of counted things (vehicles, persons, projects …).</summary>
    public bool IsCount => Unit.Length > 0 && !IsPercent && !IsMoney && Unit is not "分";
}
