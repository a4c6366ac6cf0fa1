using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (class 1): a change of a “三公” item against its budget whose 决算 the text does not state (“公务接待费支出决算比预算减少
/// 3.00万元”) is of 表七's 决算数 (用车 10.00, 接待 5.00, 合计 15.00 here) and of the budget the sentence states, else of 表七's
/// 预算数 (用车 12.00, 接待 8.00, 合计 20.00) unless it is the 年初预算 (表七's is the 全年预算): FA3003 on Δ and on the rate.
/// </summary>
public class TableActualBudgetChangeTests
{
    [Theory]
    [InlineData("公务接待费支出决算比预算减少2.00万元，主要原因是严格控制接待标准。", "减少 3.00万元")]
    [InlineData("公务接待费年初预算7.00万元，公务接待费支出决算比年初预算减少1.00万元。", "减少 2.00万元")]
    [InlineData("“三公”经费财政拨款支出决算较全年预算减少4.00万元，下降20.00%。", "减少 5.00万元；下降 25.00%")]
    [InlineData("公务用车购置及运行费支出决算比调整预算减少1.00万元。", "减少 2.00万元")]
    public void A_change_wrong_against_table_seven_is_FA3003_at_its_line(string sentence, string expected) =>
        Assert.Equal(expected, (string)SingleAgainstTableSeven(sentence).Expected!);

    [Theory]
    [InlineData("公务接待费支出决算比预算减少3.00万元，主要原因是严格控制接待标准。")]
    [InlineData("公务接待费年初预算7.00万元，公务接待费支出决算比年初预算减少2.00万元。")]
    [InlineData("“三公”经费财政拨款支出决算较全年预算减少5.00万元，下降25.00%。")]
    [InlineData("公务用车购置及运行费支出决算比调整预算减少2.00万元。")]
    [InlineData("公务接待费支出决算比年初预算减少1.00万元。")]
    [InlineData("“三公”经费年初预算20.00万元，公务接待费支出决算比年初预算减少1.00万元。")]
    public void A_change_right_against_table_seven_or_of_an_unknown_initial_budget_gives_no_finding(string sentence) =>
        NoFindings(With(sentence), "FA3003", "FA3001", "FA3008");
}
