using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.Tables;

/// <summary>FA1005: in every row, the total column = the sum of its component columns.</summary>
public sealed class RowSumRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA1005", "行内合计与各列之和不符", Severity.Error, RuleCategories.TableBalance,
        "每一行的合计列应等于其组成列之和：表二本年收入合计、表三本年支出合计、表四合计、表五合计、表六合计、表八表九本年支出小计（按舍入区间比较）。");

    /// <summary>Per table: the total column (first one the table has) and its component columns.</summary>
    private static readonly (string Table, string[] Total, string[] Parts)[] Specs =
    {
        ("T2", new[] { C.RevenueTotal }, new[] { C.AppropriationRevenue, C.HigherLevelSubsidy, C.BusinessRevenue, C.OperatingRevenue, C.AffiliatedRemittance, C.OtherRevenue }),
        ("T3", new[] { C.ExpenditureTotal }, new[] { C.Basic, C.Project, C.RemittanceToHigher, C.OperatingExpenditure, C.SubsidyToAffiliated }),
        ("T4", new[] { C.Total }, new[] { C.GeneralBudget, C.GovernmentFund, C.StateCapital }),
        ("T5", new[] { C.Total, "小计", C.ExpenditureSubtotal }, new[] { C.Basic, C.Project }),
        ("T6", new[] { C.Total }, new[] { C.PersonnelPanel, C.OperatingPanel }),
        ("T8", new[] { C.ExpenditureSubtotal }, new[] { C.ExpenditureBasic, C.ExpenditureProject }),
        ("T9", new[] { C.ExpenditureSubtotal }, new[] { C.ExpenditureBasic, C.ExpenditureProject }),
        ("T9", new[] { C.Total }, new[] { C.Basic, C.Project }),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        foreach (var (id, totals, allParts) in Specs)
        {
            if (Figures(disclosure, id) is not FiscalTable table || table.FirstColumn(totals) is not string total) continue;
            var parts = allParts.Where(table.HasColumn).ToList();
            if (parts.Count == 0) continue;
            foreach (var row in table.Rows.Where(r => r[total] is not null))
                yield return Discrepancies.Check(Rule, Equation.Sum(table.At(row, total), parts.Select(p => table.At(row, p))));
        }
    }
}
