using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3006: an average (“车均运维费2.83万元”) must equal the total ÷ the count (“保有量为6辆”).</summary>
public sealed class AverageMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3006", "平均数计算错误", Severity.Error, RuleCategories.Narrative,
        "车均等平均数是否等于总额除以数量。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var avg in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Average))
        {
            if (avg.Amount is not PrintedNumber a || avg.Subject?.Amount is not PrintedNumber total || avg.Count?.Amount is not PrintedNumber n || n.Value <= 0m) continue;
            if (Interval.Divide(total.Interval, Interval.Exact(n.Value)) is not Interval q || q.Overlaps(a.Interval)) continue;
            var (unit, printed, factor) = Printed(a);
            var decimals = factor == 1m ? Math.Max(a.Decimals, 2) : a.Decimals - MoneyUnits.ExtraDecimals(factor);
            var expected = PrintedNumber.Format(total.Value / n.Value / factor, decimals);
            var over = factor == 1m ? Ratios.Show(total) : Ratios.Show(total) + LinkedCell.NarrativeUnit;
            yield return Rule.Report(
                $"“{avg.Quantity}”应为 {over}÷{n.Value} = {expected} {unit}，说明写为 {printed}{unit}",
                FindingLocation.At(avg.Location), expected, printed, related: RelatedPlaces.Statements(avg.Subject, avg.Count)) with { Bases = RelatedPlaces.Bases(avg.Subject) };
        }
    }

    /// <summary>
    /// The unit the average is printed in, its printed figure and the factor that restates that unit in 万元 (“人均接待费210.53元”:
    /// 元, 210.53, 0.0001): the average is compared in 万元 and told in its own unit.
    /// </summary>
    private static (string Unit, string Printed, decimal Factor) Printed(PrintedNumber a)
    {
        if (a.ConvertedFrom is { } text && MoneyUnits.Names.Where(u => text.EndsWith(u, StringComparison.Ordinal)).MaxBy(u => u.Length) is { } unit
            && MoneyUnits.Factor(unit, LinkedCell.NarrativeUnit) is decimal factor)
            return (unit, NumberText.Normalize(text[..^unit.Length]), factor);
        return (LinkedCell.NarrativeUnit, Ratios.Show(a), 1m);
    }
}
