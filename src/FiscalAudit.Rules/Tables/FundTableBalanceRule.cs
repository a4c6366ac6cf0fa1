using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1011: 表八/表九 in every row: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余.</summary>
public sealed class FundTableBalanceRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1011", "政府性基金/国有资本经营结转结余不衔接", Severity.Error, RuleCategories.TableBalance,
        "政府性基金预算、国有资本经营预算财政拨款收入支出决算表的每一行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var id in new[] { "T8", "T9" })
        {
            if (Figures(disclosure, id) is not FiscalTable table || !table.HasColumn(C.ClosingBalance)) continue;
            foreach (var row in table.Rows.Where(r => r[C.ClosingBalance] is not null))
            {
                yield return Discrepancies.Check(Rule, new Equation(table.At(row, C.ClosingBalance), new[]
                {
                    new Term(table.At(row, C.OpeningBalance)),
                    new Term(table.At(row, C.CurrentRevenue)),
                    new Term(table.At(row, C.ExpenditureSubtotal), Subtract: true),
                }));
            }
        }
    }
}
