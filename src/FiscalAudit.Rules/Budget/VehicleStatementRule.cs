using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6405: the 国有资产占有使用 statement and the “三公” table agree on vehicles — a budget that buys N &gt; 0 vehicles has a
/// 公务用车购置费, one that buys none has none (warning); a unit that holds no vehicle and buys none runs none (提示).
/// </summary>
public sealed class VehicleStatementRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6405", "车辆购置、保有情况与公务用车经费不符", Severity.Warning, RuleCategories.Narrative,
        "购置、保有车辆情况是否与公务用车经费预算相符。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var (held, bought, purchase, operation) = BudgetStatements.Vehicles(disclosure);
        if (Count(bought) is { } buys && purchase?.Number is { } cost && buys > 0 != cost.Value > 0)
            yield return Report(bought!, purchase, $"说明{bought!.Quantity}{buys}辆，但{purchase.Describe()}为 {cost.Text}");
        if (Count(held) == 0 && Count(bought) == 0 && operation?.Number is { } running && running.Value > 0)
            yield return Report(held!, operation, $"说明{held!.Quantity}0辆、也未安排购置，但{operation.Describe()}为 {running.Text}", Severity.Info);
    }

    private static decimal? Count(NarrativeFact? statement) => statement?.Amount?.Value;

    private static Finding Report(NarrativeFact statement, CellRef cell, string message, Severity? severity = null) =>
        Rule.Report($"{message}（表格位置 {cell.Location.Source?.Describe()}）", FindingLocation.At(statement.Location), cell.Number!.Value.Value, statement.Amount!.Value.Value, severity, new[] { cell.Location });
}
