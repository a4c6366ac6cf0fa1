using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Engine.Merging;

/// <summary>
/// A finding may hold a cell in another money unit than the cell prints (表十一 in 元 compared with a 万元 sentence: 680000.00元
/// held as 68.00): what it says about the cell is restated in the cell's printed unit, so that it meets what the cell's own
/// table says (680000.00 ≠ 各采购项目之和 620000.00) — one wrong figure, whatever unit it was compared in.
/// </summary>
internal static class PrintedUnit
{
    /// <summary>How many times the amount printed at <paramref name="place"/> is <paramref name="held"/> (a ratio of two money units, <see cref="MoneyUnits.Ratios"/>): 1 when the finding holds it as printed.</summary>
    public static decimal Factor(FindingLocation place, decimal held)
    {
        if (place.Printed is not { } printed || printed.Value == held || held == 0m) return 1m;
        return MoneyUnits.Ratios.FirstOrDefault(ratio => printed.Value == held * ratio, 1m);
    }

    /// <summary>What other places say the figure should be, restated by <paramref name="factor"/> with the rounding it allows.</summary>
    public static PrintedNumber Restated(PrintedNumber right, decimal factor) =>
        factor == 1m ? right : right with
        {
            Value = right.Value * factor,
            Text = (right.Value * factor).ToString(System.Globalization.CultureInfo.InvariantCulture),
            WorkedOutHalfWidth = right.HalfUnit * factor,
        };
}
