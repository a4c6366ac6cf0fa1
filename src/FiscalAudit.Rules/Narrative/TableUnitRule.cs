using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3020: a table printed in another money unit than it states (or, stating none, than the document's): the amounts
/// the text restates from it and the cells other tables compare with it differ by one unit factor (<see cref="TableUnitScale"/>).
/// One finding for the table instead of one FA3001 or FA2xxx per amount.
/// </summary>
public sealed class TableUnitRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3020", "表格金额单位与数字不符", Severity.Error, RuleCategories.Narrative,
        "表格标注的金额单位是否与数字的量级相符。");

    private const int ShownAmounts = 3;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var m in TableUnitScale.Of(disclosure))
        {
            var unit = m.Table.Unit ?? LinkedCell.NarrativeUnit;
            var printedIn = MoneyUnits.Scaled(unit, 1m / m.Factor) is { } u ? $"，表中数字实为以“{u}”为单位" : string.Empty;
            var stated = m.Amounts.DistinctBy(a => (a.Cell.Row, a.Cell.Column)).Select(a =>
                $"“{a.Fact.Quantity}”说明为 {Ratios.Amount(a.Stated)}，表中为 {MoneyUnits.Show(a.Cell.Number, LinkedCell.NarrativeUnit)}");
            var compared = m.Counterparts.Select(c => $"{c.Cell.Describe()} {c.Cell.Row[c.Cell.Column]?.Text}，{c.Other.Describe()} {c.Other.Row[c.Other.Column]?.Text}");
            var examples = string.Join("；", stated.Concat(compared).Take(ShownAmounts));
            yield return Rule.Report(
                $"{m.Table.Label} 金额单位按“{unit}”读取，{Evidence(m)}与表中数字都相差 {(m.Factor >= 1m ? m.Factor : 1m / m.Factor):0} 倍{printedIn}：{examples}。请核对该表标注的金额单位",
                FindingLocation.ForTable(m.Table), 1m, m.Factor,
                related: m.Amounts.Select(a => RelatedPlaces.Cell(a.Cell)).Concat(m.Counterparts.Select(c => c.Other.Location)).ToList());
        }
    }

    /// <summary>“情况说明 2 处复述的金额、其他表 3 处对应的数字”.</summary>
    private static string Evidence(TableUnitScale.Misprinted m)
    {
        var parts = new List<string>();
        if (m.Amounts.Count > 0) parts.Add($"情况说明 {m.Amounts.Select(a => a.Fact).Distinct().Count()} 处复述的金额");
        if (m.Counterparts.Count > 0) parts.Add($"其他表 {m.Counterparts.Count} 处与之核对的数字");
        return string.Join("、", parts);
    }
}
