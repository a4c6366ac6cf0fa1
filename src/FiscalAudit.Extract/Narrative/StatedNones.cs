using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// How a sum of money printed as a bare “0” (“公务接待费预算为0万元”) is read in its paragraph. When the paragraph prints every other
/// amount of money with decimals (“预算为0.30万元，支出决算为0万元”), a writer who prints 0.30 would have printed 0.30 for it: the 0 is
/// read to the paragraph's places, as if printed “0.00” (±0.005) — none to the cent, not exactly none, so that a 表七 in 元 printing
/// 36.00 (0.0036万元) still agrees with it. Where the paragraph prints whole numbers too (“项目支出85万元”), or no amount but zeros,
/// a bare 0 keeps its rounding (±0.5). One reading for every reader of the paragraph (facts, breakdowns, sides, listed sums): the
/// amounts carry it.
/// </summary>
public readonly record struct StatedNones(int? Places)
{
    /// <summary>The reading of <paramref name="paragraph"/>'s bare zeros.</summary>
    public static StatedNones Of(string paragraph) => Of(NumberScanner.Scan(paragraph));

    /// <summary>
    /// The reading of a paragraph whose amounts were scanned as <paramref name="paragraph"/>: to the fewest places its amounts of money
    /// (other than bare zeros) are printed with, when there is at least one and every one has decimals; else none.
    /// </summary>
    public static StatedNones Of(IEnumerable<NumberMention> paragraph)
    {
        var printed = paragraph.Where(m => m.IsMoney && m.Number.ConvertedFrom is null && !IsBareZero(m.Number)).ToList();
        return new(printed.Count > 0 && printed.All(m => m.Number.Decimals > 0) ? printed.Min(m => m.Number.Decimals) : null);
    }

    /// <summary><paramref name="mention"/>, read to the paragraph's places when it is a bare 0 of money.</summary>
    public NumberMention Read(NumberMention mention) => mention.IsMoney ? mention with { Number = Read(mention.Number) } : mention;

    /// <summary><paramref name="amount"/> (of money), read to the paragraph's places when it is a bare 0.</summary>
    public PrintedNumber Read(PrintedNumber amount) => Places is int places && IsBareZero(amount) ? amount with { Decimals = places } : amount;

    private static bool IsBareZero(PrintedNumber n) => n is { Value: 0m, Decimals: 0, ConvertedFrom: null, IsPercent: false, Exact: false };
}
