using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3021: people received in no batch. 表七 (预算数, 决算数, 上年决算数 each) printing 国内公务接待批次 0 and 国内公务接待人次 above 0,
/// or a sentence stating “0批次” and then people (“全年国内公务接待0批次，24人次”, “接待批次0个、接待人次24人”), contradicts itself:
/// one of the two figures is wrong. One cause, one finding: a sentence that restates a contradicting table is a related place of the
/// table's finding, and a sentence whose batches or people differ from the table's is FA3001's. 因公出国（境）团组数 0 with 人次 above 0 is no
/// contradiction (people join groups other units send); 购置数 above 保有量 is none either (cars bought and then handed over).
/// </summary>
public sealed class CountContradictionRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3021", "接待批次与人次相互矛盾", Severity.Warning, RuleCategories.Narrative,
        "有接待人次时接待批次是否至少为 1。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        var reported = new List<TableRow>();
        if (disclosure.Table("T7") is { } table)
        {
            foreach (var row in table.Rows)
            {
                foreach (var group in new[] { C.Budget, C.Final, C.PreviousFinal })
                {
                    var (batches, visitors) = (C.Of(group, C.ReceptionBatches), C.Of(group, C.ReceptionVisitors));
                    if (row[batches] is not { Value: 0m } || row[visitors] is not { Value: > 0m } people) continue;
                    reported.Add(row);
                    var statements = disclosure.Narrative.Facts.Where(f => f.CountCell is { } c && c.Row == row && c.Column == batches).Select(f => FindingLocation.At(f.Location));
                    yield return Rule.Report(
                        $"{table.Label}{group}“{C.ReceptionBatches}”为 0，“{C.ReceptionVisitors}”却为 {Ratios.Show(people)}：有接待人次就至少有 1 批次，两数必有一误",
                        FindingLocation.ForCell(table, row, batches), null, null,
                        related: [FindingLocation.ForCell(table, row, visitors), .. statements]);
                }
            }
        }
        foreach (var f in disclosure.Narrative.Facts)
        {
            if (f is not { CountGroups: { Amount: { Value: 0m } } groups, Amount: { Value: > 0m } people }) continue;
            // The table's own contradiction restated, or a figure that differs from the table's (FA3001), is reported there.
            if (new[] { groups, f }.Any(n => n.CountCell is { } cell && (reported.Contains(cell.Row) || !PrintedNumber.SameQuantity(n.Amount!.Value, cell.Number)))) continue;
            yield return Rule.Report(
                $"情况说明称“{groups.Quantity}”{Ratios.Show(groups.Amount!.Value)}{groups.Unit}，又称{Ratios.Show(people)}{f.Unit}：有接待人次就至少有 1 批次，两数必有一误",
                FindingLocation.At(groups.Location), null, null, related: [FindingLocation.At(f.Location)]);
        }
    }
}
