using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: three ways a body other than the department stands where its name is read. A unit's parent named after a verb in
/// 机构设置 (“…镇财政所为遵义市播州区财政局的派出机构”) is no unit of the department, so a header printing it is one FA3014, while the unit
/// itself stays the department's. Two bodies a cover prints together (“A局和B局”) where the text states they share one office (和, 同, 与,
/// 实行合署办公) are the department and its other name, each silent in a header. A report one body issues on another's spending
/// (“石门县财政局关于…绩效评价报告”, its title perhaps split over two lines) is the evaluated department's, read from the title after the issuer or from its labels
/// (“项目实施单位：”, “评价对象：”) or, naming it nowhere else, from the body its text says carries the project out (“…由石门县农业农村局组织实施”);
/// its title naming the issuer is silent.
/// </summary>
public class ParentJointIssuerIdentityTests
{
    /// <summary>The department, the 机构设置 sentence naming a unit and its parent, the unit and the parent.</summary>
    private static readonly (string Department, string Units, string Unit, string Parent)[] Parents =
    [
        ("遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇财政所为遵义市播州区财政局的派出机构。", "遵义市播州区鸭溪镇财政所", "遵义市播州区财政局"),
        ("广州市天河区沙河街道办事处", "广州市天河区沙河街道司法所是广州市天河区司法局的派出机构，负责辖区司法行政工作。", "广州市天河区沙河街道司法所", "广州市天河区司法局"),
        ("孝感市孝南区毛陈镇人民政府", "孝感市孝南区毛陈镇自然资源所系孝感市孝南区自然资源和规划局所属派出单位。", "孝感市孝南区毛陈镇自然资源所", "孝感市孝南区自然资源和规划局"),
        ("杭州市西湖区转塘街道办事处", "杭州市西湖区转塘街道社区卫生服务中心是杭州市西湖区卫生健康局管理的公益一类事业单位。", "杭州市西湖区转塘街道社区卫生服务中心", "杭州市西湖区卫生健康局"),
        ("保定市莲池区五四路街道办事处", "保定市莲池区五四路街道市场监督管理所属于保定市莲池区市场监督管理局下属派出机构。", "保定市莲池区五四路街道市场监督管理所", "保定市莲池区市场监督管理局"),
    ];

    public static TheoryData<string, string, string> Units => Rows(Parents.Select(p => (p.Department, p.Units, p.Unit)));

    public static TheoryData<string, string, string> ParentsNamed => Rows(Parents.Select(p => (p.Department, p.Units, p.Parent)));

    [Theory]
    [MemberData(nameof(Units))]
    public void A_units_own_header_is_silent(string department, string units, string unit) =>
        AssertSilent(department, [Described(department, units, "填报单位：" + unit), Described(department, units, "编制单位：" + department)]);

    [Theory]
    [MemberData(nameof(ParentsNamed))]
    public void A_header_naming_the_parent_of_a_unit_is_one_finding(string department, string units, string parent) =>
        AssertOneOther(department, parent, "编制单位：" + parent, [Described(department, units, "编制单位：" + parent)]);

    /// <summary>The first body, the second, the statement joining their offices, and another place's body of the second's kind.</summary>
    private static readonly (string First, string Second, string Statement, string Other)[] Joints =
    [
        ("中共南宁市青秀区委统战部", "南宁市青秀区民族宗教事务局", "中共南宁市青秀区委统战部和南宁市青秀区民族宗教事务局合署办公。", "南宁市兴宁区民族宗教事务局"),
        ("杭州市西湖区农业农村局", "杭州市西湖区乡村振兴局", "杭州市西湖区农业农村局同杭州市西湖区乡村振兴局合署办公，实行一个机构两块牌子。", "杭州市上城区乡村振兴局"),
        ("长沙市岳麓区应急管理局", "长沙市岳麓区地震局", "2019年机构改革后，长沙市岳麓区应急管理局与长沙市岳麓区地震局实行合署办公。", "长沙市岳麓区气象局"),
        ("郑州市金水区自然资源局", "郑州市金水区林业局", "区自然资源局和区林业局合署办公。", "郑州市二七区林业局"),
    ];

    public static TheoryData<string, string, string> Joined => Rows(Joints.Select(j => (j.First, j.Second, j.Statement)));

    public static TheoryData<string, string, string, string> JoinedAndOther => Rows(Joints.Select(j => (j.First, j.Second, j.Statement)), Joints.Select(j => j.Other));

    [Theory]
    [MemberData(nameof(Joined))]
    public void Two_bodies_printed_together_whose_office_is_stated_shared_are_the_department_and_its_other_name(string first, string second, string statement) =>
        AssertSilent(first, [Jointly(first, second, statement, first), Jointly(first, second, statement, second)]);

    [Theory]
    [MemberData(nameof(JoinedAndOther))]
    public void Another_body_in_a_header_of_two_bodies_sharing_an_office_is_one_finding(string first, string second, string statement, string other) =>
        AssertOneOther(first, other, "编制单位：" + other, [Jointly(first, second, statement, other)]);

    [Fact]
    public void Two_bodies_printed_together_without_a_statement_are_read_as_printed() =>
        Assert.Equal("长沙市岳麓区应急管理局和长沙市岳麓区地震局",
            FromText(Jointly("长沙市岳麓区应急管理局", "长沙市岳麓区地震局", "负责全区应急管理工作。", "长沙市岳麓区应急管理局")).Department);

    /// <summary>Reports one body issues on another's spending: the title, the lines under it, and the department evaluated.</summary>
    public static TheoryData<string, string> Issued => new()
    {
        { "# 石门县财政局关于石门县农业农村局2024年度部门整体支出绩效评价报告\n\n评价组织：石门县财政局预算绩效管理股\n", "石门县农业农村局" },
        { "石门县财政局关于2024年度高标准农田建设项目财政重点绩效评价报告\n\n项目实施单位：石门县农业农村局\n", "石门县农业农村局" },
        { "# 澧县财政局关于2024年度农村饮水安全巩固提升项目财政重点绩效评价报告\n\n评价对象：澧县水利局2024年度农村饮水安全巩固提升项目\n", "澧县水利局" },
        { "临澧县财政局关于2024年度城乡环卫一体化项目第三方绩效评价报告\n\n被评价单位：临澧县城市管理和综合执法局\n\n评价对象：2024年度城乡环卫一体化项目\n", "临澧县城市管理和综合执法局" },
        { "# 石门县财政局关于2024年度高标准农田建设项目财政重点绩效评价报告\n\n评价组织：石门县财政局预算绩效管理股\n\n高标准农田建设项目由石门县农业农村局组织实施。\n", "石门县农业农村局" },
        { "桃源县财政局关于2024年度农村公路养护项目绩效评价报告\n\n本项目由桃源县交通运输局负责实施，桃源县公路建设养护中心具体承担。\n", "桃源县交通运输局" },
        { "# 石门县财政局关于石门县高标准农田建设项目\n\n# 财政重点绩效评价报告\n\n项目实施单位：石门县农业农村局\n", "石门县农业农村局" },
        { "# 澧县财政局关于澧县农村饮水安全巩固提升项目\n\n财政重点绩效评价报告\n\n评价对象：澧县水利局2024年度农村饮水安全巩固提升项目\n", "澧县水利局" },
        { "# 石门县财政局关于石门县农业农村局2024年度\n\n# 部门整体支出绩效评价报告\n\n评价组织：石门县财政局预算绩效管理股\n", "石门县农业农村局" },
        { "# 桃源县财政局关于2024年度农村公路养护项目\n\n# 第三方绩效评价报告\n\n本项目由桃源县交通运输局负责实施。\n", "桃源县交通运输局" },
    };

    [Theory]
    [MemberData(nameof(Issued))]
    public void An_issued_report_is_the_evaluated_departments_and_its_issuer_is_silent(string head, string department)
    {
        var text = head + "\n一、项目概况\n\n项目预算资金2,800.00万元，实际支出2,660.00万元，预算执行率95.00%。\n";
        Assert.Equal((department, false), (FromText(text).Department, FromText(text).DepartmentGuessed));
        Assert.Empty(Others(text));
    }

    [Fact]
    public void An_issued_report_whose_title_names_another_evaluated_body_is_one_finding_on_the_title()
    {
        var text = "# 石门县财政局关于澧县农业农村局2024年度部门整体支出绩效评价报告\n\n评价对象：石门县农业农村局2024年度部门整体支出\n\n被评价单位：石门县农业农村局\n";
        Assert.Equal(("石门县农业农村局", "澧县农业农村局", 1), TheOneOther(text));
    }

    [Fact]
    public void An_issued_report_whose_title_split_over_two_lines_names_another_evaluated_body_is_one_finding_on_the_title()
    {
        var text = "# 石门县财政局关于澧县农业农村局2024年度\n\n# 部门整体支出绩效评价报告\n\n评价对象：石门县农业农村局2024年度部门整体支出\n\n被评价单位：石门县农业农村局\n";
        Assert.Equal(("石门县农业农村局", "澧县农业农村局", 1), TheOneOther(text));
    }

    [Fact]
    public void A_departments_own_self_evaluation_report_names_its_issuer_as_its_department()
    {
        var text = "# 石门县农业农村局关于2024年度部门整体支出绩效自评报告\n\n编制单位：澧县农业农村局\n";
        Assert.Equal("澧县农业农村局", Assert.Single(Others(text)));
    }

    private static TheoryData<string, string, string> Rows(IEnumerable<(string, string, string)> rows)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (a, b, c) in rows) data.Add(a, b, c);
        return data;
    }

    private static TheoryData<string, string, string, string> Rows(IEnumerable<(string, string, string)> rows, IEnumerable<string> last)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var ((a, b, c), d) in rows.Zip(last)) data.Add(a, b, c, d);
        return data;
    }

    /// <summary>The 部门决算 of <paramref name="department"/> whose 机构设置 is <paramref name="units"/>, its table headed by <paramref name="header"/>.</summary>
    private static string Described(string department, string units, string header) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{department}内设综合办公室等5个机构。\n\n二、机构设置\n\n{units}\n\n"
        + $"第二部分 2023年度部门决算表\n\n公开01表\n\n{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";

    /// <summary>The 部门决算 whose cover prints <paramref name="first"/> and <paramref name="second"/> together, stating <paramref name="statement"/>.</summary>
    private static string Jointly(string first, string second, string statement, string header) =>
        $"2023年度\n\n{first}和{second}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{statement}\n\n"
        + $"第二部分 2023年度部门决算表\n\n公开01表\n\n编制单位：{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
