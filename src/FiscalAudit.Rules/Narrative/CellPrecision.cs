using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// An amount the text prints with fewer decimals than the table cell it restates, and the same value (“支出决算为0万元” of a 表七 “0.00”,
/// “12万元” of “12.00”): the cell says how exact it is, so a rate on it is judged with the cell's rounding, not ±0.5.
/// </summary>
internal static class CellPrecision
{
    /// <summary>The cell's figure when it is <paramref name="stated"/> printed with more decimals, else <paramref name="stated"/>.</summary>
    public static PrintedNumber Of(PrintedNumber stated, LinkedCell? cell) =>
        cell?.Number is { } n && n.Value == stated.Value && n.Decimals > stated.Decimals ? n : stated;
}
