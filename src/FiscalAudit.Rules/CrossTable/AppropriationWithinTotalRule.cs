using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2010: 表四 (财政拨款) ≤ 表一 (全部收支): 本年收入合计, 年初, 每类支出, 本年支出合计, 年末.</summary>
public sealed class AppropriationWithinTotalRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2010", "财政拨款收支大于全部收支", Severity.Error, RuleCategories.CrossTable,
        "表四是表一的一部分：本年收入合计、年初结转和结余、各类支出、本年支出合计、年末结转和结余，表四均不得大于表一。");

    private static readonly (string T4Key, string T4Side, string T4Column, string T1Key, string T1Side)[] Pairs =
    {
        (RowKeysOf.RevenueTotal, Sides.Income, C.Amount, RowKeysOf.RevenueTotal, Sides.Income),
        (RowKeysOf.AppropriationOpening, Sides.Income, C.Amount, RowKeysOf.OpeningBalance, Sides.Income),
        (RowKeysOf.ExpenditureTotal, Sides.Expenditure, C.Total, RowKeysOf.ExpenditureTotal, Sides.Expenditure),
        (RowKeysOf.AppropriationClosing, Sides.Expenditure, C.Total, RowKeysOf.ClosingBalance, Sides.Expenditure),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T4") is not FiscalTable t4 || Figures(disclosure, "T1") is not FiscalTable t1) yield break;
        foreach (var (t4Key, t4Side, t4Column, t1Key, t1Side) in Pairs)
        {
            if (t4.FindRow(t4Key, t4Side) is TableRow part && t1.FindRow(t1Key, t1Side) is TableRow whole)
                yield return Discrepancies.AtMost(Rule, t4.At(part, t4Column), t1.At(whole, C.Amount));
        }
        var t1Classes = ClassMatching.SummaryClassRows(t1).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var row in ClassMatching.SummaryClassRows(t4))
        {
            if (t1Classes.TryGetValue(row.Key, out var whole))
                yield return Discrepancies.AtMost(Rule, t4.At(row, C.Total), t1.At(whole, C.Amount));
        }
    }
}
