using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// Checks the rates printed in table cells (完成率、占比、增减率 columns) against the amounts of the same table, rounding-aware:
/// a rate is right when some true values behind the printed amounts give it, for one of its possible bases; a rate printed
/// without “%” anywhere may also be a fraction (“0.95”). Each kind is reported by the rule of that kind of rate in text.
/// </summary>
internal static class TableRateFindings
{
    /// <summary>The wrong rates of <paramref name="kind"/> with a base other than zero, reported as <paramref name="rule"/>.</summary>
    public static IEnumerable<Finding> Wrong(Disclosure disclosure, RateKind kind, RuleDescriptor rule)
    {
        foreach (var rate in disclosure.Narrative.TableRates.Where(r => r.Kind == kind && r.Bases.All(b => b.Amount.Value != 0m)))
        {
            if (rate.Bases.Any(b => Fits(rate, b))) continue;
            var b = rate.Bases[0];
            var expected = Ratios.Percent(Numerator(rate, b), b.Amount.Value, rate.Rate);
            yield return rule.Report(
                $"表格中“{rate.Row}”的“{rate.Column}”写为 {rate.Rate.Text}，按{Formula(rate, b)}应为 {expected}",
                Place(rate), expected, rate.Rate.Text, related: Related(rate));
        }
    }

    /// <summary>Rates printed against a base of zero (预算为0、上年为0) while the amount is not zero: they have no value.</summary>
    public static IEnumerable<Finding> OfZero(Disclosure disclosure, RuleDescriptor rule)
    {
        foreach (var rate in disclosure.Narrative.TableRates.Where(r => r.Kind != RateKind.Share && r.Bases.Count == 1 && r.Bases[0].Amount.Value == 0m && r.Part.Amount.Value != 0m))
        {
            var b = rate.Bases[0];
            yield return rule.Report(
                $"表格中“{rate.Row}”的“{b.Column}”为 0，不能计算“{rate.Column}”，表中写为 {rate.Rate.Text}（“{rate.Part.Column}”{Plain(rate.Part.Amount)}）",
                Place(rate), rate.Kind == RateKind.Change ? "上年为0" : "无预算", rate.Rate.Text, related: Related(rate));
        }
    }

    private static bool Fits(TableRate rate, RateOperand b)
    {
        var numerator = rate.Kind == RateKind.Change ? rate.Part.Amount.Interval - b.Amount.Interval : rate.Part.Amount.Interval;
        if (Interval.Divide(numerator, b.Amount.Interval) is not Interval q) return true;
        return q.Overlaps(rate.Rate.Fraction) || rate.MayBeFraction && q.Overlaps(rate.Rate.Interval);
    }

    private static decimal Numerator(TableRate rate, RateOperand b) =>
        rate.Kind == RateKind.Change ? rate.Part.Amount.Value - b.Amount.Value : rate.Part.Amount.Value;

    /// <summary>“决算数 91.50 ÷ 预算数 100.00”, “（本年 120.00 − 上年 100.00）÷ 上年 100.00”, “本行 30.00 ÷ 合计行 120.00”.</summary>
    private static string Formula(TableRate rate, RateOperand b)
    {
        string Show(RateOperand o) => $"“{o.Column}”{Plain(o.Amount)}";
        return rate.Kind switch
        {
            RateKind.Change => $"（{Show(rate.Part)} − {Show(b)}）÷ {Show(b)}",
            RateKind.Share => $"本行{Show(rate.Part)} ÷ “{b.Row}”行{Plain(b.Amount)}",
            _ => $"{Show(rate.Part)} ÷ {Show(b)}",
        };
    }

    /// <summary>“3,000.00” → “3000.00”: an amount of a table as it may be recomputed.</summary>
    private static string Plain(PrintedNumber n) => PrintedNumber.Format(n.Value, n.Decimals);

    private static FindingLocation Place(TableRate rate) => new(rate.Location, Row: rate.Row, Column: rate.Column);

    private static IReadOnlyList<FindingLocation> Related(TableRate rate) =>
        new[] { rate.Part }.Concat(rate.Bases).Select(o => new FindingLocation(o.Location, Row: o.Row, Column: o.Column)).ToList();
}
