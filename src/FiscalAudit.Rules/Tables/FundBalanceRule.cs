using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1008: 表四, for each fund kind: 年初 + 本年收入 − 本年支出 = 年末.</summary>
public sealed class FundBalanceRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1008", "财政拨款结转结余不衔接", Severity.Error, RuleCategories.TableBalance,
        "财政拨款收入支出决算总表中，每种财政拨款：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable table) yield break;
        if (table.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is not TableRow spent) yield break;
        if (table.FindRow(RowKeysOf.AppropriationClosing, Sides.Expenditure) is not TableRow closing) yield break;
        foreach (var kind in FundKind.All)
        {
            if (kind.T4IncomeRow(table) is not TableRow income || kind.T4OpeningRow(table) is not TableRow opening) continue;
            yield return Discrepancies.Check(Rule, new Equation(table.At(closing, kind.Name), new[]
            {
                new Term(table.At(opening, StandardColumns.Amount), Name: "年初结转和结余"),
                new Term(table.At(income, StandardColumns.Amount), Name: "本年收入"),
                new Term(table.At(spent, kind.Name), Subtract: true, Name: "本年支出"),
            }));
        }
    }
}
