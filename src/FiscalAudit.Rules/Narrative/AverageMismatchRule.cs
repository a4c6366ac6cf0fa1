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
        "车均等平均数应等于总额÷数量（按印刷精度）。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var avg in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Average))
        {
            if (avg.Amount is not PrintedNumber a || avg.Subject?.Amount is not PrintedNumber total || avg.Count?.Amount is not PrintedNumber n || n.Value <= 0m) continue;
            if (Interval.Divide(total.Interval, Interval.Exact(n.Value)) is not Interval q || q.Overlaps(a.Interval)) continue;
            var expected = PrintedNumber.Format(total.Value / n.Value, Math.Max(a.Decimals, 2));
            yield return Rule.Report(
                $"“{avg.Quantity}”应为 {Ratios.Show(total)}÷{n.Value} = {expected} 万元，说明写为 {Ratios.Amount(a)}",
                FindingLocation.At(avg.Location), expected, Ratios.Show(a), related: RelatedPlaces.Statements(avg.Subject, avg.Count));
        }
    }
}
