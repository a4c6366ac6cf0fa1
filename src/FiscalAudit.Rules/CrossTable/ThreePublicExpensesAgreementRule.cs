using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2009: 表六's 三公-type economic codes ≤ the matching 表七 决算数.</summary>
public sealed class ThreePublicExpensesAgreementRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2009", "基本支出中的“三公”经费大于“三公”经费决算数", Severity.Error, RuleCategories.CrossTable,
        "表六 30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置，均不得大于表七对应的决算数（基本支出只是其一部分）。");

    private static readonly (string Code, string T7Column)[] Pairs =
    {
        ("30212", C.OverseasTravel),
        ("30217", C.Reception),
        ("30231", C.VehicleOperation),
        ("31013", C.VehiclePurchase),
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T6") is not FiscalTable t6 || Figures(disclosure, "T7") is not FiscalTable t7) yield break;
        if (t7.Rows.FirstOrDefault(r => r.Cells.Count > 0) is not TableRow t7Row) yield break;
        foreach (var (code, column) in Pairs)
        {
            if (t6.Rows.FirstOrDefault(r => r.Code == code) is not TableRow row) continue;
            var amount = row.Cells.ContainsKey(C.Actual) ? C.Actual : C.Total;
            yield return Discrepancies.AtMost(Rule, t6.At(row, amount), t7.At(t7Row, C.Of(C.Final, column)));
        }
    }
}
