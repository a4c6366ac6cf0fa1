using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a cover or a table's title printing its year in Chinese digits (“二〇二三年上海市普陀区财政局部门决算”, “二○二三年度”,
/// “二零二四年…”) names the document's year as “2023年度” does: it decides before a “2020年度” printed over a table, and a heading naming
/// another reporting year is reported against it.
/// </summary>
public class WrittenYearTests
{
    public static TheoryData<string, int> Covers => new()
    {
        { "二〇二三年上海市普陀区财政局部门决算", 2023 },
        { "二〇二三年度上海市普陀区民政局部门决算", 2023 },
        { "二○二三年度\n\n上海市普陀区财政局\n\n部门决算", 2023 },
        { "二零二四年南宁市青秀区财政局部门预算", 2024 },
        { "二〇一七年度江苏省高级人民法院部门预算公开", 2017 },
        { "一九九九年度\n\n长沙县科学技术协会\n\n部门决算", 1999 },
    };

    [Theory]
    [MemberData(nameof(Covers))]
    public void A_cover_printing_its_year_in_chinese_digits_names_the_documents_year(string cover, int year)
    {
        var text = cover + string.Format(Tables, "编制单位：上海市普陀区财政局");
        var disclosure = FromText(text);
        Assert.Equal(year, disclosure.Year);
        Assert.Equal(1, disclosure.YearLocation?.Line);
    }

    [Theory]
    [InlineData("二〇二三年上海市普陀区财政局收入支出决算总表", 2023)]
    [InlineData("二零二二年度部门收入支出决算总表", 2022)]
    [InlineData("二○二五年部门财政拨款收支预算总表", 2025)]
    public void A_table_title_printing_its_year_in_chinese_digits_names_it_without_a_cover(string title, int year) =>
        Assert.Equal(year, FromText($"{title}\n\n公开01表\n\n单位：万元\n\n本年收入合计199.52万元。\n").Year);

    [Theory]
    [MemberData(nameof(Covers))]
    public void A_heading_naming_another_reporting_year_is_reported_on_its_line(string cover, int year)
    {
        var heading = $"一、{year - 1}年度收入支出决算总体情况说明";
        var text = cover + $"\n\n{heading}\n\n单位：万元\n";
        var finding = Assert.Single(Findings(text, "FA3010"));
        Assert.Equal((year - 1, LineOf(text, heading)), ((int)finding.Actual!, finding.Location.Line));
    }

    [Theory]
    [MemberData(nameof(Covers))]
    public void A_heading_naming_the_documents_year_is_silent(string cover, int year) =>
        Assert.Empty(Findings(cover + $"\n\n一、{year}年度收入支出决算总体情况说明\n\n单位：万元\n", "FA3010"));

    [Theory]
    [InlineData("一二三四年度")]
    [InlineData("二〇二三")]
    [InlineData("〇〇年度")]
    [InlineData("二十二年度")]
    public void Chinese_digits_that_write_no_year_of_a_title_do_not_decide(string printed) =>
        Assert.Equal(2020, FromText($"{printed}\n\n上海市普陀区财政局\n\n部门决算" + string.Format(Tables, "编制单位：上海市普陀区财政局")).Year);
}
