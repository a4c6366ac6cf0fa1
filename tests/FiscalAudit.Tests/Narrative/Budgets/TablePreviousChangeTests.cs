using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (class 1): a change of a “三公” item whose 决算 the text does not state is of 表七's 决算数 (用车 10.00, 接待 5.00, 合计
/// 15.00 here, no 上年 column); when the sentence states last year's amount too, 表七's 决算数 ∓ Δ must give it (FA3003 on the
/// amount, related to the 表七 cell).
/// </summary>
public class TablePreviousChangeTests
{
    [Theory]
    [InlineData("公务接待费支出决算比上年减少1.00万元，上年为7.00万元。", "减少 2.00万元", "减少 1.00万元")]
    [InlineData("公务接待费支出决算比上年减少1.00万元（上年为7.00万元），主要原因是压减接待。", "减少 2.00万元", "减少 1.00万元")]
    [InlineData("公务用车购置及运行费支出决算较上年增加2.00万元，上年决算为9.00万元。", "增加 1.00万元", "增加 2.00万元")]
    [InlineData("“三公”经费财政拨款支出决算比上年减少5.00万元，下降20.00%，上年为25.00万元。", "减少 10.00万元", "减少 5.00万元")]
    public void An_amount_wrong_against_table_seven_and_the_stated_previous_year_is_FA3003(string sentence, string expected, string printed)
    {
        var finding = SingleAgainstTableSeven(sentence);
        Assert.Equal((expected, printed), ((string)finding.Expected!, (string)finding.Actual!));
    }

    [Theory]
    [InlineData("公务接待费支出决算比上年减少1.00万元，上年为6.00万元。")]
    [InlineData("公务接待费支出决算比上年减少1.00万元（上年为6.00万元），下降16.67%。")]
    [InlineData("公务用车购置及运行费支出决算较上年增加2.00万元，上年决算为8.00万元。")]
    [InlineData("“三公”经费财政拨款支出决算比上年减少5.00万元，下降25.00%，上年为20.00万元。")]
    public void An_amount_right_against_table_seven_gives_no_finding(string sentence) =>
        NoFindings(With(sentence), "FA3003", "FA3001", "FA3008");
}
