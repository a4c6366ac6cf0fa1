using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12, class 7: seed 002's “因公出国（境）费支出决算 0 万元，完成预算的 0%” (第436行) states no budget and is of 表七's 预算数. A 表七
/// that leaves every zero blank prints its 0 as a blank, so the 0%-of-0 hint lists the sentence as when the cell prints 0.00; a
/// blank beside printed zeros is no figure, and the sentence is then no 0 ÷ 0 the table shows.
/// </summary>
public class BlankBudgetZeroHintTests
{
    private const string Row = "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00";

    [SharedTheory]
    [InlineData(Row, 8, true)]
    [InlineData("0.30\t\t\t\t\t0.30\t\t\t\t\t\t", 8, true)]
    [InlineData("0.30\t\t0.00\t0.00\t0.00\t0.30\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00", 7, false)]
    public void A_blank_budget_is_zero_only_in_a_table_that_prints_no_zero(string row, int places, bool ofTheCell)
    {
        var text = Planting.Planted(File.ReadAllText(Repo.Seed("002")), "seed 002", [(Row, row)]);

        var result = new Auditor(new AuditProfile()).Audit("002.txt", Encoding.UTF8.GetBytes(text));

        var hint = Assert.Single(result.Findings, f => f.RuleId == "FA3008" && f.Severity == Severity.Info);
        Assert.Equal(places, hint.AllIds.Count());
        Assert.Equal(ofTheCell, hint.RelatedLocations.Any(l => l.Table == "T7" && l.Column == "预算数·因公出国（境）费"));
    }
}
