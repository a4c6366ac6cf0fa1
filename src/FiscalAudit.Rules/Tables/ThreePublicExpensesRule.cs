using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1010: 表七, for 预算数 and 决算数 (and 上年决算数 where printed): 合计 = 出国 + 用车小计 + 接待; 小计 = 购置 + 运行.</summary>
public sealed class ThreePublicExpensesRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1010", "“三公”经费合计或小计不符", Severity.Error, RuleCategories.TableBalance,
        "“三公”经费支出决算表中，预算数和决算数分别满足：合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费；小计 = 公务用车购置费 + 公务用车运行费。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T7") is not FiscalTable table) yield break;
        foreach (var row in table.Rows)
        {
            foreach (var group in new[] { C.Budget, C.Final, C.PreviousFinal })
            {
                CellRef Cell(string column) => table.At(row, C.Of(group, column));
                yield return TotalFinding(Cell(C.ThreeTotal), Cell(C.OverseasTravel), Cell(C.VehicleSubtotal), Cell(C.Reception), Cell(C.Meeting), Cell(C.Training));
                yield return Discrepancies.Check(Rule, Equation.Sum(Cell(C.VehicleSubtotal), new[] { Cell(C.VehiclePurchase), Cell(C.VehicleOperation) }));
            }
        }
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
