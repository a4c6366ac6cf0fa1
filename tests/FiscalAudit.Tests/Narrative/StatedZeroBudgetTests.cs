using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: a completion rate whose sentence says there was no budget, with or without a figure
/// (“年初预算数为0万元”, “年初未安排预算”, “无年初预算”, “年初预算为零”), is a rate from a zero base (FA3008),
/// never checked against another figure; a sentence that states no rate is left alone.
/// </summary>
public class StatedZeroBudgetTests
{
    [Theory]
    [InlineData("教育支出（类）普通教育（款）小学教育（项）。年初预算数为0万元，支出决算为12.50万元，完成年初预算的0%。", "0%")]
    [InlineData("教育支出（类）普通教育（款）初中教育（项）。年初未安排预算，支出决算为30.00万元，完成年初预算的100%。主要原因是年中追加校舍维修经费。", "100%")]
    [InlineData("卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。年初预算为零，支出决算为3.20万元，完成年初预算的100.00%。", "100.00%")]
    [InlineData("城乡社区支出（类）城乡社区管理事务（款）其他城乡社区管理事务支出（项）。无年初预算，支出决算6.00万元，完成年初预算的0.00%，主要原因是年中追加预算。", "0.00%")]
    [InlineData("2023年度公务接待费年初无预算，支出决算为1.20万元，完成预算的100%。", "100%")]
    [InlineData("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。未安排年初预算，支出决算为45.60万元，预算执行率为100%。", "100%")]
    public void A_rate_after_a_stated_zero_budget_is_a_zero_base_warning(string text, string rate)
    {
        var finding = Assert.Single(Findings(text, "FA3008"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(rate, finding.Actual);
        Assert.Empty(Findings(text, "FA3004"));
    }

    [Theory]
    [InlineData("教育支出（类）普通教育（款）初中教育（项）。年初未安排预算，支出决算为30.00万元，完成年初预算的100%。", "年初未安排预算")]
    [InlineData("卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。年初预算为零，支出决算为3.20万元，完成年初预算的100.00%。", "年初预算为零")]
    [InlineData("卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。预算数为零，支出决算为2.10万元，完成预算的100%。", "预算数为零")]
    [InlineData("2023年度公务接待费年初无预算，支出决算为1.20万元，完成预算的100%。", "年初无预算")]
    public void The_message_quotes_the_words_that_said_there_was_no_budget(string text, string words)
    {
        var message = Assert.Single(Messages(text, "FA3008"));
        Assert.Contains($"原文为“{words}”", message, StringComparison.Ordinal);
        Assert.DoesNotContain("0万元", message.Split('，')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_budget_printed_as_a_figure_is_quoted_as_its_figure()
    {
        var message = Assert.Single(Messages("教育支出（类）普通教育（款）小学教育（项）。年初预算数为0万元，支出决算为12.50万元，完成年初预算的0%。", "FA3008"));
        Assert.Contains("为 0万元", message, StringComparison.Ordinal);
        Assert.DoesNotContain("原文为", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("教育支出（类）教育费附加安排的支出（款）其他教育费附加安排的支出（项）。无年初预算，支出决算为8.00万元，主要原因是年中追加。")]
    [InlineData("住房保障支出（类）住房改革支出（款）购房补贴（项）。年初未安排预算，支出决算为5.00万元，决算数大于年初预算数的主要原因是新增人员购房补贴。")]
    [InlineData("教育支出（类）其他教育支出（款）其他教育支出（项）。年初预算为10.00万元，支出决算为0万元，完成年初预算的0%。")]
    public void No_rate_or_a_real_budget_is_no_zero_base(string text)
    {
        Assert.Empty(Findings(text, "FA3008"));
        Assert.Empty(Findings(text, "FA3013"));
    }

    [Fact]
    public void A_stated_zero_budget_does_not_reach_the_next_sentence()
    {
        var text = "本项目年初未安排预算。2023年度公务接待费预算为2.00万元，支出决算为1.00万元，完成预算的60.00%。";
        Assert.Empty(Findings(text, "FA3008"));
        var finding = Assert.Single(Findings(text, "FA3004"));
        Assert.Equal("60.00%", finding.Actual);
    }
}
