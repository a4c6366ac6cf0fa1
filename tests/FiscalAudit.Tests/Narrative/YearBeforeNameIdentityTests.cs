using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a year glued before a department's name on a cover, a table's title, a heading or a header (“2017年度江苏省…”,
/// “2023年度上海市普陀区…”, “2022年广州市…”, “二〇二三年…”) is no part of the name: the department is read without it, a heading
/// or header naming the department after a year is silent, and one naming another unit after a year is reported on its line.
/// </summary>
public class YearBeforeNameIdentityTests
{
    public static TheoryData<string, string> Covers => new()
    {
        { "2017年度江苏省高级人民法院部门预算公开", "江苏省高级人民法院" },
        { "2023年度上海市普陀区财政局部门决算", "上海市普陀区财政局" },
        { "2022年广州市财政局部门决算", "广州市财政局" },
        { "二〇二三年上海市普陀区财政局部门决算", "上海市普陀区财政局" },
        { "二〇二三年度上海市普陀区民政局部门决算", "上海市普陀区民政局" },
        { "二○二三年度\n\n上海市普陀区财政局\n\n部门决算", "上海市普陀区财政局" },
        { "二零二四年南宁市青秀区财政局部门预算", "南宁市青秀区财政局" },
    };

    [Theory]
    [MemberData(nameof(Covers))]
    public void A_cover_with_the_year_glued_before_the_name_names_the_department_without_it(string cover, string department)
    {
        var text = cover + string.Format(Tables, "编制单位：" + department);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [MemberData(nameof(Covers))]
    public void A_header_of_another_unit_under_such_a_cover_is_reported_on_its_line(string cover, string department)
    {
        var header = "编制单位：江苏省人民检察院";
        var text = cover + string.Format(Tables, header);
        Assert.Equal((department, "江苏省人民检察院", LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("一、2017年度江苏省高级人民法院部门收支预算总表")]
    [InlineData("十一、2017年江苏省高级人民法院部门一般公共预算“三公”经费、会议费、培训费支出预算表")]
    [InlineData("第二部分2017年度江苏省高级人民法院部门预算表")]
    [InlineData("（一）二〇一七年度江苏省高级人民法院收入支出预算总表")]
    public void A_heading_naming_the_department_after_a_year_is_silent(string heading) =>
        Assert.Empty(Others(CourtDocument(heading)));

    [Theory]
    [InlineData("一、2017年度江苏省人民检察院部门收支预算总表", "江苏省人民检察院")]
    [InlineData("十一、2017年江苏省人民检察院部门一般公共预算“三公”经费、会议费、培训费支出预算表", "江苏省人民检察院")]
    [InlineData("第二部分2017年度江苏省财政厅部门预算表", "江苏省财政厅")]
    [InlineData("（一）二〇一七年度南京市中级人民法院收入支出预算总表", "南京市中级人民法院")]
    public void A_heading_naming_another_unit_after_a_year_is_reported_on_its_line(string heading, string other)
    {
        var text = CourtDocument(heading);
        Assert.Equal(("江苏省高级人民法院", other, LineOf(text, heading)), TheOneOther(text));
    }

    [Theory]
    [InlineData("编制单位：2023年度上海市普陀区民政局", "上海市普陀区民政局")]
    [InlineData("部门：二〇二三年度上海市长宁区财政局", "上海市长宁区财政局")]
    public void A_header_with_a_year_before_another_units_name_is_reported(string header, string other) =>
        Assert.Equal(new[] { other }, Others("上海市普陀区财政局", header));

    [Theory]
    [InlineData("编制单位：2023年度上海市普陀区财政局")]
    [InlineData("部门：二〇二三年度普陀区财政局")]
    public void A_header_with_a_year_before_the_departments_name_is_silent(string header) =>
        Assert.Empty(Others("上海市普陀区财政局", header));

    /// <summary>A 江苏 court's budget (its real cover, “2017年度江苏省高级人民法院部门预算公开”) whose tables follow its 情况说明 under <paramref name="heading"/>.</summary>
    private static string CourtDocument(string heading) =>
        "2017年度江苏省高级人民法院部门预算公开\n\n第一部分 江苏省高级人民法院概况\n\n一、部门职责\n\n"
        + string.Concat(Enumerable.Range(1, 6).Select(i => $"{i}.依法审理全省有重大影响的案件，监督指导下级人民法院审判工作。\n\n"))
        + $"{heading}\n\n单位：万元\n\n本年收入合计199.52万元。\n";
}
