using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>A number found in running text: where it is, what it says and the unit printed after it.</summary>
public sealed record NumberMention(int Start, int End, PrintedNumber Number, string Unit)
{
    public bool IsPercent => Unit == "%";

    public bool IsMoney => Unit is "万元" or "元" or "亿元";

    /// <summary>Units of counted things (vehicles, persons, projects …).</summary>
    public bool IsCount => Unit.Length > 0 && !IsPercent && !IsMoney && Unit != "分";
}
