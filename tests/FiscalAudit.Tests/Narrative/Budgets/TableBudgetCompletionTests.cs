using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 class 4: a “三公” completion rate whose sentence states no budget is of 表七's 预算数 (the 全年预算): a wrong rate is
/// FA3004 naming 表七, a rate of a 表七 budget of 0 is FA3008, a rate of the 年初预算 is not judged against 表七, and a 决算 misprinted
/// in the text (FA3001) with which the rate is right gives no FA3004.
/// </summary>
public class TableBudgetCompletionTests
{
    [Theory]
    [InlineData("2023年度“三公”经费财政拨款支出决算中，公务接待费支出决算5.00万元，完成预算的50.00%。", "50.00%", "62.50%")]
    [InlineData("公务用车购置及运行费支出10.00万元，完成预算的80%，主要原因是严控车辆运行支出。", "80%", "83.33%")]
    [InlineData("2023年度“三公”经费财政拨款支出决算为15.00万元，完成全年预算的70.00%。", "70.00%", "75.00%")]
    [InlineData("（三）公务接待费支出决算为5.00万元，预算执行率为60.00%。", "60.00%", "62.50%")]
    public void A_rate_with_no_budget_stated_is_of_table_seven(string sentence, string printed, string expected)
    {
        var text = With(sentence);
        var finding = Assert.Single(Findings(text, "FA3004"));
        Assert.Equal((printed, expected), ((string)finding.Actual!, (string)finding.Expected!));
        Assert.Equal(LineOf(text, sentence[..8]), finding.Location.Line);
        Assert.Contains("表七", finding.Message);
        Assert.Contains(finding.RelatedLocations, l => l.Table == "T7");
    }

    [Theory]
    [InlineData("公务接待费支出决算5.00万元，完成预算的62.50%。")]
    [InlineData("2023年度“三公”经费财政拨款支出决算为15.00万元，完成预算的75%。")]
    [InlineData("公务接待费支出决算5.00万元，完成年初预算的50.00%。")]
    public void A_rate_that_table_seven_bears_out_or_of_the_initial_budget_is_no_finding(string sentence)
    {
        var text = With(sentence);
        NoFindings(text, "FA3004", "FA3008", "FA3001");
    }

    [Fact]
    public void A_misprinted_actual_is_the_one_finding_when_the_table_makes_the_rate_right()
    {
        var text = With("公务接待费支出决算6.00万元，完成预算的62.50%。");
        Assert.Empty(Findings(text, "FA3004"));
        Assert.Single(Findings(text, "FA3001"));
    }

    [Fact]
    public void A_rate_of_a_zero_budget_in_table_seven_is_a_zero_base()
    {
        var text = With("因公出国（境）费支出决算0万元，完成预算的0%。");
        var finding = Assert.Single(Findings(text, "FA3008"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("表七", finding.Message);
        Assert.Empty(Findings(text, "FA3004"));
    }
}
