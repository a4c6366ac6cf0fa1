using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.Budgets.ThreePublicTable;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (class 1): a change of a “三公” item whose 决算 the text does not state is of 表七's 决算数 (用车 10.00, 接待 5.00, 合计 15.00
/// here), so its rate is checked (FA3003, related to that cell); and a change that names the item otherwise than its 决算 was stated
/// (“公务接待费决算数5.00万元。公务接待费支出比上年减少…”) is of that 决算, with no budget taken for it.
/// </summary>
public class TableCurrentChangeTests
{
    [Theory]
    [InlineData("公务接待费支出决算比上年减少1.00万元，下降20.00%。", "公务接待费", "16.67%", "20.00%")]
    [InlineData("2023年度公务用车购置及运行费支出决算较上年增加2.00万元，增长20.00%，主要原因是车辆维修增加。", "公务用车购置及运行费", "25.00%", "20.00%")]
    [InlineData("“三公”经费财政拨款支出决算比上年减少5.00万元，下降33.33%。", "三公", "25.00%", "33.33%")]
    [InlineData("公务接待费支出比2022年减少1.00万元，下降20.00%。", "公务接待费", "16.67%", "20.00%")]
    public void A_rate_wrong_against_table_seven_is_FA3003_at_its_line(string sentence, string item, string expected, string printed)
    {
        var finding = SingleAgainstTableSeven(sentence);
        Assert.Equal((expected, printed), ((string)finding.Expected!, (string)finding.Actual!));
        Assert.Contains(item, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("公务接待费支出决算比上年减少1.00万元，下降16.67%。")]
    [InlineData("公务用车购置及运行费支出决算较上年增加2.00万元，增长25.00%。")]
    [InlineData("“三公”经费财政拨款支出决算比上年减少5.00万元，下降25.00%。")]
    [InlineData("因公出国（境）费支出决算比上年减少2.00万元，下降100.00%。")]
    [InlineData("公务接待费预算数8.00万元。公务接待费支出比上年减少1.00万元，下降16.67%。")]
    public void A_rate_right_against_table_seven_gives_no_finding(string sentence) =>
        NoFindings(With(sentence), "FA3003", "FA3001", "FA3008");

    [Theory]
    [InlineData("公务接待费决算数5.00万元。公务接待费支出比上年减少1.00万元，下降25.00%。", "16.67%")]
    [InlineData("公务接待费支出决算数为5.00万元，主要用于上级检查接待。公务接待费支出较上年减少1.00万元，下降25.00%。", "16.67%")]
    [InlineData("公务用车购置及运行费决算数10.00万元。公务用车购置及运行费支出较上年增加2.00万元，增长20.00%。", "25.00%")]
    [InlineData("公务接待费决算数5.00万元，主要用于上级检查接待。\n\n与上年相比，公务接待费支出减少1.00万元，下降25.00%。", "16.67%")]
    public void A_change_named_otherwise_than_its_stated_actual_is_of_that_actual(string sentences, string expected)
    {
        var text = With(sentences);
        var finding = Assert.Single(Findings(text, "FA3003"));
        Assert.Equal(expected, (string)finding.Expected!);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.DoesNotContain("表七", finding.Message, StringComparison.Ordinal);
        Assert.Contains("决算数”本年 ", finding.Message, StringComparison.Ordinal);
        var stated = LineOf(text, sentences[..6]);
        if (stated != finding.Location.Line) Assert.Contains(finding.RelatedLocations, l => l.Line == stated);
    }

    [Theory]
    [InlineData("公务接待费决算数5.00万元。公务接待费支出比上年减少1.00万元，下降16.67%。")]
    [InlineData("公务用车购置及运行费决算数10.00万元。公务用车购置及运行费支出较上年增加2.00万元，增长25.00%。")]
    public void A_change_right_against_its_stated_actual_gives_no_finding(string sentences) =>
        NoFindings(With(sentences), "FA3003", "FA3001");
}
