using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A completion rate on a 决算 printed as a whole number (“支出决算为0万元”, “为 0 万元”). In a paragraph that prints its other amounts
/// to the cent (“公务接待费预算为0.30万元”) the 0 is read to the cent from the text itself (StatedNones): “完成预算的10%” of it against
/// 0.30 is wrong (FA3004 at its line), and the message gives the 决算 as printed — the text needs no table to say how exact its 0 is.
/// In a paragraph that prints no cents (“公务接待费支出决算为0万元，完成预算的10%”, its budget 表七's 0.30) the 0 keeps its rounding
/// (±0.5), which would allow 10%, and the rate is judged on its 表七 cell printed to the cent (0.00), which the message names. The
/// right 0% gives none, and a 决算 whose cell prints another figure (0.10, FA1010 in 表七, which relates the statement) is not judged on
/// the cell.
/// </summary>
public class WholeNumberActualTests
{
    private const string Henan = "henan-county-data-bureau.txt";

    private const string Printed = "公务接待费预算为0.30万元，支出决算为0万元，完成预算的0%。";

    [Theory]
    [InlineData("公务接待费预算为0.30万元，支出决算为 0 万元，完成预算的10%。", "10%", false)]
    [InlineData("公务接待费预算为0.30万元，支出决算为0万元，完成预算的5%。", "5%", false)]
    [InlineData("公务接待费支出预算为0.30万元，支出决算为0万元，预算执行率为20%。", "20%", false)]
    [InlineData("公务接待费支出决算为0万元，完成预算的10%。", "10%", true)]
    public void A_rate_on_a_whole_number_zero_is_judged_to_the_cent(string sentence, string rate, bool onTheCell)
    {
        var text = Text(Henan).Replace(Printed, sentence, StringComparison.Ordinal);
        Assert.NotEqual(Text(Henan), text);
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3004");
        Assert.Equal(LineOf(text, sentence[..10]), finding.Location.Line);
        Assert.Equal(rate, finding.Actual);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(onTheCell, finding.Message.Contains("决算数·公务接待费", StringComparison.Ordinal));
    }

    [Fact]
    public void The_right_rate_on_a_whole_number_zero_gives_no_finding() =>
        Assert.DoesNotContain(Check(Text(Henan)), f => f.RuleId is "FA3004" or "FA3003");

    [Fact]
    public void A_zero_against_another_table_figure_is_left_to_the_table()
    {
        var planted = Text(Henan).Replace("0.30	0.00	0.00	0.00	0.00	0.30	0.00	0.00	0.00	0.00	0.00	0.00", "0.30	0.00	0.00	0.00	0.00	0.30	0.00	0.00	0.00	0.00	0.00	0.10", StringComparison.Ordinal);
        Assert.NotEqual(Text(Henan), planted);
        var findings = Check(planted);
        var table = Assert.Single(findings, f => f.RuleId == "FA1010");
        Assert.Contains(table.RelatedLocations, l => l.Table is null && l.Line == LineOf(planted, Printed));
        Assert.DoesNotContain(findings, f => f.RuleId is "FA3004" or "FA3003");
    }
}
