using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 class 1: “决算数比预算数减少（增加）Z万元，完成预算的Y%”. With no table the budget is the 决算 ± Z and the rate is judged
/// against it; with 表七 the budget is 表七's 预算数, so a wrong Z is FA3003 (決算 − 表七 预算数), a rate 表七 bears out is no FA3004,
/// and the worked-out budget (决算 ± Z) is no printed figure to compare with 表七 (no FA3001).
/// </summary>
public class BudgetDifferenceTests
{
    [Theory]
    [InlineData("2023年度一般公共预算财政拨款支出决算为120.00万元，决算数比预算数减少30.00万元，完成预算的85.00%。", "80.00%")]
    [InlineData("本年度一般公共预算财政拨款支出120.00万元，比年初预算减少20.00万元，完成年初预算的80.00%。", "85.71%")]
    [InlineData("2023年度机关运行经费支出决算为55.00万元，决算数比预算数增加5.00万元，完成预算的105.00%。", "110.00%")]
    public void Without_tables_the_rate_is_of_the_actual_less_the_difference(string sentence, string expected)
    {
        var text = "某县农业农村局2023年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n" + sentence + "\n";
        var finding = Assert.Single(Findings(text, "FA3004"));
        Assert.Equal(expected, finding.Expected);
    }

    [Theory]
    [InlineData("2023年度“三公”经费财政拨款支出决算为15.00万元，决算数比预算数减少4.00万元，完成预算的75.00%。", "减少 5.00万元", "减少 4.00万元")]
    [InlineData("公务接待费支出决算5.00万元，比预算减少2.00万元，完成预算的62.50%。", "减少 3.00万元", "减少 2.00万元")]
    [InlineData("公务用车购置及运行费支出决算为10.00万元，较全年预算减少3.00万元，完成全年预算的83.33%。", "减少 2.00万元", "减少 3.00万元")]
    [InlineData("“三公”经费支出决算15.00万元，与预算数相比减少6.00万元，预算完成率为75%。", "减少 5.00万元", "减少 6.00万元")]
    public void With_table_seven_a_wrong_difference_is_the_one_finding(string sentence, string expected, string printed)
    {
        var text = With(sentence);
        var finding = Assert.Single(Findings(text, "FA3003"));
        Assert.Equal((expected, printed), ((string)finding.Expected!, (string)finding.Actual!));
        Assert.Contains("表七", finding.Message);
        NoFindings(text, "FA3004", "FA3001");
    }

    [Theory]
    [InlineData("2023年度“三公”经费财政拨款支出决算为15.00万元，决算数比预算数减少5.00万元，完成预算的75.00%。")]
    [InlineData("公务接待费支出决算5.00万元，比预算减少3.00万元，完成预算的62.50%。")]
    public void A_difference_and_rate_table_seven_bears_out_are_no_finding(string sentence)
    {
        var text = With(sentence);
        NoFindings(text, "FA3003", "FA3004", "FA3001");
    }

    [Fact]
    public void With_table_seven_a_wrong_rate_after_a_right_difference_is_judged_against_the_table()
    {
        var text = With("公务接待费支出决算5.00万元，比预算减少3.00万元，完成预算的60.00%。");
        var finding = Assert.Single(Findings(text, "FA3004"));
        Assert.Equal("62.50%", finding.Expected);
        Assert.Empty(Findings(text, "FA3003"));
    }
}
