using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a table's title naming a department with no year between the name and the table's name
/// (“遵义市播州区乌江镇人民政府支出决算表”, “…局部门决算表”, “…镇人民政府财政拨款收入支出决算总表”), printed as a heading, a plain
/// paragraph or a grid's title row. The document's own name is silent; another town's or district's body is one FA3014 on the title's line.
/// </summary>
public class YearlessTitleIdentityTests
{
    private static readonly (string Department, string Other, string Table)[] Cases =
    [
        ("遵义市播州区鸭溪镇人民政府", "遵义市播州区乌江镇人民政府", "支出决算表"),
        ("遵义市播州区鸭溪镇人民政府", "遵义市播州区乌江镇人民政府", "财政拨款收入支出决算总表"),
        ("南宁市青秀区民政局", "南宁市兴宁区民政局", "部门决算表"),
        ("昆明市东川区财政局", "昆明市盘龙区财政局", "收入支出决算总表"),
        ("沁阳市人民医院", "孟州市人民医院", "单位收入支出决算总表"),
        ("成都市武侯区卫生健康局", "成都市锦江区卫生健康局", "一般公共预算财政拨款支出预算表"),
    ];

    public static TheoryData<string, string> Own()
    {
        var data = new TheoryData<string, string>();
        foreach (var (department, _, table) in Cases) data.Add(department, department + table);
        return data;
    }

    public static TheoryData<string, string, string> Other()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (department, other, table) in Cases) data.Add(department, other, other + table);
        return data;
    }

    [Theory]
    [MemberData(nameof(Own))]
    public void The_departments_own_title_is_silent_wherever_printed(string department, string title) =>
        AssertSilent(department, Placed(department, title));

    [Theory]
    [MemberData(nameof(Other))]
    public void Another_bodys_title_is_one_finding_on_its_line(string department, string other, string title) =>
        AssertOneOther(department, other, title, Placed(department, title));

    [Theory]
    [InlineData("本表为遵义市播州区乌江镇人民政府支出决算表")]
    [InlineData("遵义市播州区乌江镇人民政府支出决算表中的数据已审核。")]
    [InlineData("参照遵义市播州区乌江镇人民政府支出决算表填列")]
    public void A_title_inside_running_text_is_not_read(string sentence) =>
        Assert.Empty(Others(Document("遵义市播州区鸭溪镇人民政府", "编制单位：遵义市播州区鸭溪镇人民政府") + "\n" + sentence + "\n"));

    /// <summary>The document of <paramref name="department"/> with <paramref name="title"/> as a heading, a plain paragraph and a grid's title row.</summary>
    private static IEnumerable<string> Placed(string department, string title)
    {
        var head = $"2020年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n负责本部门职责范围内的相关工作。\n\n";
        const string Rows = "| 项目 | 本年支出合计 | 基本支出 |\n| 一般公共服务支出 | 1,234.56 | 1,000.00 |\n";
        yield return head + $"# {title}\n\n公开01表\n\n金额单位：万元\n\n本年支出合计1,234.56万元。\n";
        yield return head + $"公开01表\n\n{title}\n\n金额单位：万元\n\n本年支出合计1,234.56万元。\n";
        yield return head + $"公开01表\n\n| {title} | | |\n| --- | --- | --- |\n" + Rows;
    }
}
