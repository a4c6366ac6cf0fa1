using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.Tables;

/// <summary>
/// FA1010: 表七, for 预算数 and 决算数 (and 上年决算数 where printed): 合计 = 出国 + 用车小计 + 接待; 小计 = 购置 + 运行. The 情况说明
/// statements of a compared cell are related places.
/// </summary>
public sealed class ThreePublicExpensesRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1010", "“三公”经费合计或小计不符", Severity.Error, RuleCategories.TableBalance,
        "表七“三公”经费合计、用车小计是否等于各项之和。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T7") is not FiscalTable table) yield break;
        foreach (var row in table.Rows)
        {
            foreach (var group in new[] { C.Budget, C.Final, C.PreviousFinal })
            {
                CellRef Cell(string column) => table.At(row, C.Of(group, column));
                yield return WithStatements(disclosure, TotalFinding(Cell(C.ThreeTotal), Cell(C.OverseasTravel), Cell(C.VehicleSubtotal), Cell(C.Reception), Cell(C.Meeting), Cell(C.Training)));
                yield return WithStatements(disclosure, Discrepancies.Check(Rule, Equation.Sum(Cell(C.VehicleSubtotal), new[] { Cell(C.VehiclePurchase), Cell(C.VehicleOperation) })));
            }
        }
    }

    /// <summary>
    /// The finding with the 情况说明 statements that restate a cell it compared (“公务接待费支出决算为0万元” of 决算数·公务接待费) as
    /// related places: they tell which printed figure is the wrong one, and a statement that differs from the cell is this one cause.
    /// </summary>
    private static Finding? WithStatements(Disclosure disclosure, Finding? finding)
    {
        if (finding is null) return null;
        var compared = finding.RelatedLocations.Append(finding.Location).Where(l => l.Table == finding.Location.Table).Select(l => l.Column).ToHashSet();
        var statements = disclosure.Narrative.Facts
            .Where(f => f.Cell is { } cell && cell.Table.Id == finding.Location.Table && compared.Contains(cell.Column))
            .Select(f => FindingLocation.At(f.Location)).Distinct().ToList();
        return statements.Count == 0 ? finding : finding with { Related = [.. finding.RelatedLocations, .. statements] };
    }

    /// <summary>
    /// 合计 covers the three expenses; where a region adds 会议费 and 培训费 columns, a 合计 that
    /// includes them is accepted as well.
    /// </summary>
    private static Finding? TotalFinding(CellRef total, CellRef travel, CellRef vehicles, CellRef reception, CellRef meeting, CellRef training)
    {
        var three = Equation.Sum(total, new[] { travel, vehicles, reception });
        if (meeting.Number is not null || training.Number is not null)
        {
            var five = Equation.Sum(total, new[] { travel, vehicles, reception, meeting, training });
            if (five.Evaluate().Outcome == EquationOutcome.Holds) return null;
        }
        return Discrepancies.Check(Rule, three);
    }
}
