using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;
using static FiscalAudit.Tests.Narrative.WrittenHeadingYearTests;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 4: FA3010 reads a heading's Arabic “YYYY年” (not only “YYYY年度”) as its reporting year when the title goes on to name
/// a 决算 or a 部门/单位预算 (text-marks.json titleYear): “第三部分 2022年部门决算情况说明” under a cover of 2023 names another year. A date
/// (“2022年12月31日”), “2022年底”, a heading of another kind (“2022年预算执行情况”, “2022年部门预算执行情况”, “2022年决算与2023年决算对比”) and a heading of the document's
/// year are silent.
/// </summary>
public class ArabicHeadingYearTests
{
    [Theory]
    [InlineData("第三部分 2022年部门决算情况说明", 2022)]
    [InlineData("一、2022年部门收入支出决算总体情况说明", 2022)]
    [InlineData("第二部分 2022年上海市普陀区财政局部门决算表", 2022)]
    [InlineData("（三）2024 年“三公”经费支出决算情况说明", 2024)]
    public void A_heading_naming_another_year_is_reported_on_its_line(string heading, int year)
    {
        var text = Cover + heading + Body;
        var finding = Assert.Single(Findings(text, "FA3010"));
        Assert.Equal((year, LineOf(text, heading)), ((int)finding.Actual!, finding.Location.Line));
    }

    [Theory]
    [InlineData("第三部分 2023年部门决算情况说明")]
    [InlineData("一、2023年部门收入支出决算总体情况说明")]
    [InlineData("截至2022年12月31日决算情况")]
    [InlineData("2022年底资产决算情况")]
    [InlineData("（四）2022年预算执行情况")]
    [InlineData("（五）2022年与2023年对比情况")]
    [InlineData("〔2022年〕部门决算说明")]
    [InlineData("（三）2022年部门预算执行情况")]
    [InlineData("四、2022年决算与2023年决算对比")]
    [InlineData("五、2022年部门决算相比变动情况")]
    [InlineData("六、2022年决算与上年决算变动情况")]
    public void A_heading_of_the_documents_year_a_date_or_another_kind_is_silent(string heading) =>
        Assert.Empty(Findings(Cover + heading + Body, "FA3010"));
}
