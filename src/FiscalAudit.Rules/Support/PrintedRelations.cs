using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// Relations between two single printed numbers. Rounding to a fixed number of decimals is monotone
/// and deterministic, so one true value always prints the same digits and a true a ≤ b always prints
/// a ≤ b. Only when the two numbers were printed with different decimals do we fall back to intervals.
/// </summary>
public static class PrintedRelations
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> can be two printings of one quantity.</summary>
    public static bool SameQuantity(PrintedNumber a, PrintedNumber b) =>
        a.Decimals == b.Decimals ? a.Value == b.Value : a.Interval.Overlaps(b.Interval);

    /// <summary>True when a part printed as <paramref name="part"/> can belong to a whole printed as <paramref name="whole"/>.</summary>
    public static bool AtMost(PrintedNumber part, PrintedNumber whole) =>
        part.Decimals == whole.Decimals ? part.Value <= whole.Value : part.Interval.Low <= whole.Interval.High;

    /// <summary>The larger of the printed decimals, for formatting computed values next to them.</summary>
    public static int Decimals(IEnumerable<PrintedNumber> numbers) => numbers.Select(n => n.Decimals).DefaultIfEmpty(2).Max();
}
