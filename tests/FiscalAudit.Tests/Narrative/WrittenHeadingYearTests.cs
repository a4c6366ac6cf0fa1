using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): FA3010 reads a heading's year written out in Chinese digits (printed-years.json) as it reads “2022年度”:
/// “第一部分 二〇二二年度部门决算情况说明”, “二○二二年部门收入支出决算总体情况” under a cover of 2023 name another reporting year.
/// A heading naming the document's year that way is silent, and so are Chinese digits that write no year and a date of
/// publication (“二〇二四年八月”).
/// </summary>
public class WrittenHeadingYearTests
{
    internal const string Cover = "2023年度\n\n上海市普陀区财政局\n\n部门决算\n\n";

    internal const string Body = "\n\n本年收入合计199.52万元。\n";

    [Theory]
    [InlineData("第一部分 二〇二二年度部门决算情况说明", 2022)]
    [InlineData("一、二○二二年部门收入支出决算总体情况说明", 2022)]
    [InlineData("二零二一年度上海市普陀区财政局部门决算", 2021)]
    [InlineData("（三）二〇二四年度“三公”经费支出决算情况说明", 2024)]
    public void A_heading_writing_another_year_in_chinese_digits_is_reported_on_its_line(string heading, int written)
    {
        var text = Cover + heading + Body;
        var finding = Assert.Single(Findings(text, "FA3010"));
        Assert.Equal((written, LineOf(text, heading)), ((int)finding.Actual!, finding.Location.Line));
        Assert.Contains($"此处报告年度为 {written} 年，文件年度为 2023 年", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第一部分 二〇二三年度部门决算情况说明")]
    [InlineData("一、二○二三年部门收入支出决算总体情况说明")]
    [InlineData("二零二三年度上海市普陀区财政局部门决算")]
    [InlineData("十二、其他重要事项的情况说明")]
    [InlineData("二十二、国有资产占用情况说明")]
    [InlineData("一二三四年度目标")]
    [InlineData("二〇二四年八月")]
    [InlineData("上海市普陀区财政局\n二○二四年9月")]
    public void A_heading_writing_the_documents_year_or_no_year_is_silent(string heading) =>
        Assert.Empty(Findings(Cover + heading + Body, "FA3010"));
}
