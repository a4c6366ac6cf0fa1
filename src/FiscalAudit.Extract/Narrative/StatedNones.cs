using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// When a sum of money printed as a bare “0” (“公务接待费预算为0万元”) states that there was none — exactly 0 — rather than an amount
/// that rounds to 0: when its paragraph prints every other amount of money with decimals (“预算为0.30万元，支出决算为0万元”), a
/// writer who prints 0.30 would have printed 0.30 for it. Where the paragraph prints whole numbers too (“项目支出85万元”), or no
/// amount but zeros, a bare 0 keeps its rounding (±0.5). One reading for every rule: the facts carry it.
/// </summary>
public static class StatedNones
{
    /// <summary>True when <paramref name="paragraph"/>'s amounts of money (as scanned) are printed with decimals: at least one, every one not a bare 0.</summary>
    public static bool PrintsDecimals(IEnumerable<NumberMention> paragraph)
    {
        var printed = paragraph.Where(m => m.IsMoney && m.Number.ConvertedFrom is null && !IsBareZero(m)).ToList();
        return printed.Count > 0 && printed.All(m => m.Number.Decimals > 0);
    }

    /// <summary><paramref name="mention"/> read as exactly none when it is a bare 0 of money and its paragraph <paramref name="printsDecimals"/>.</summary>
    public static NumberMention Read(NumberMention mention, bool printsDecimals) =>
        printsDecimals && IsBareZero(mention) ? mention with { Number = mention.Number with { Exact = true } } : mention;

    private static bool IsBareZero(NumberMention m) => m is { IsMoney: true, Number: { Value: 0m, Decimals: 0, ConvertedFrom: null } };
}
