using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>Rounding-aware ratio arithmetic shared by the narrative rules (all through <see cref="Interval"/>).</summary>
public static class Ratios
{
    /// <summary>True when some true values behind <paramref name="part"/> ÷ <paramref name="whole"/> give the printed percentage; null when the whole may be zero.</summary>
    public static bool? Consistent(Interval part, Interval whole, PrintedNumber percent) =>
        Interval.Divide(part, whole) is Interval q ? q.Overlaps(percent.Fraction) : null;

    /// <summary>The ratio of the printed values in percent, rounded like the printed percentage.</summary>
    public static string Percent(decimal part, decimal whole, PrintedNumber like) =>
        whole == 0m ? "—" : PrintedNumber.Format(part / whole * 100m, Math.Max(like.Decimals, 2)) + "%";

    /// <summary>
    /// The part among the share's candidates that makes the share consistent with its whole, or its own part. The whole and
    /// what it is a part of are no candidates: “支出合计195.58万元，其中：基本支出192.58万元，占100%” says 192.58 is all of
    /// 195.58, not that 195.58 is.
    /// </summary>
    public static NarrativeFact? EffectivePart(NarrativeFact share)
    {
        if (share.Whole?.Amount is not PrintedNumber whole || share.Percent is not PrintedNumber p) return share.Subject;
        foreach (var c in new[] { share.Subject }.Concat(share.Alternatives).Where(c => !Contains(c, share.Whole)))
        {
            if (c?.Amount is PrintedNumber a && Consistent(a.Interval, whole.Interval, p) == true) return c;
        }
        return share.Subject;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="part"/> or a whole it belongs to.</summary>
    private static bool Contains(NarrativeFact? candidate, NarrativeFact part)
    {
        for (var w = part; w is not null; w = w.Whole)
        {
            if (w == candidate) return true;
        }
        return false;
    }

    /// <summary>“2,711.75” → “2711.75” for messages: the printed text without spaces (an amount converted from 元: its value in 万元).</summary>
    public static string Show(PrintedNumber n) => NumberText.Normalize(n.Text);

    /// <summary>
    /// An amount for a message, in 万元, the unit it was compared in: “2711.75万元”; one printed in 元 says so:
    /// “12.345678万元（原文为“123456.78元”，已换算为万元）”.
    /// </summary>
    public static string Amount(PrintedNumber n) =>
        Show(n) + "万元" + (n.ConvertedFrom is { } printed ? $"（原文为“{printed}”，已换算为万元）" : string.Empty);
}
