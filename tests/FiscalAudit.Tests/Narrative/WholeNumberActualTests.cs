using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A completion rate on a 决算 printed as a whole number (“支出决算为0万元”, “为 0 万元”) whose 表七 cell prints it to the cent (0.00) is
/// judged on the cell: “完成预算的10%” of 0.00 against a budget of 0.30 is wrong (FA3004 at its line), though 0 read as ±0.5 would
/// allow it; the right 0% gives none, and a 决算 whose cell prints another figure (0.10, FA1010 in 表七, which relates the statement) is not judged on the cell.
/// </summary>
public class WholeNumberActualTests
{
    private const string Henan = "henan-county-data-bureau.txt";

    private const string Printed = "公务接待费预算为0.30万元，支出决算为0万元，完成预算的0%。";

    [Theory]
    [InlineData("公务接待费预算为0.30万元，支出决算为 0 万元，完成预算的10%。", "10%")]
    [InlineData("公务接待费预算为0.30万元，支出决算为0万元，完成预算的5%。", "5%")]
    [InlineData("公务接待费支出预算为0.30万元，支出决算为0万元，预算执行率为20%。", "20%")]
    public void A_rate_on_a_whole_number_zero_is_judged_on_the_table_cent(string sentence, string rate)
    {
        var text = Text(Henan).Replace(Printed, sentence, StringComparison.Ordinal);
        Assert.NotEqual(Text(Henan), text);
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3004");
        Assert.Equal(LineOf(text, sentence[..10]), finding.Location.Line);
        Assert.Equal(rate, finding.Actual);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("决算数·公务接待费", finding.Message, StringComparison.Ordinal);
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
