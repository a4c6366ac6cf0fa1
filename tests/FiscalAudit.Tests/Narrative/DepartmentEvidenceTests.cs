using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 leftovers: the department is the name most identity places print, not the first one met (a 编制单位 copied
/// onto the first page); a pronoun (“我市”, “在我市”, “本部门”) never starts a name; the units the 机构设置 section lists are the
/// department's own, wherever a form or label names them.
/// </summary>
public class DepartmentEvidenceTests
{
    private static List<string> Others(string text) => Findings(text, "FA3014").Select(f => (string)f.Actual!).ToList();

    [Theory]
    [InlineData("收入支出决算总表\n\n编制单位：上海市普陀区商务委员会\n\n2024年度\n\n上海市普陀区财政局\n\n部门决算\n\n上海市普陀区财政局的主要职责是：负责财政工作。\n",
        "上海市普陀区财政局", "上海市普陀区商务委员会")]
    [InlineData("部门整体支出绩效自评表\n\n编制单位：成都市金牛区民政局\n\n（2024年度）\n\n部门名称\n\n成都市武侯区民政局\n\n成都市武侯区民政局是区政府工作部门。\n",
        "成都市武侯区民政局", "成都市金牛区民政局")]
    [InlineData("单位名称：沁阳市教育局\n\n2020年度\n\n沁阳市卫生健康委员会\n\n部门决算\n\n部门：沁阳市卫生健康委员会\n\n一、部门职责\n\n沁阳市卫生健康委员会是市政府工作部门。\n",
        "沁阳市卫生健康委员会", "沁阳市教育局")]
    [InlineData("编制部门：西充县财政局\n\n编制部门：西充县教育局\n\n编制部门：西充县教育局\n\n西充县教育局内设股室9个。\n",
        "西充县教育局", "西充县财政局")]
    public void The_name_most_places_print_is_the_department_and_the_stray_one_is_reported(string text, string department, string stray)
    {
        Assert.Equal(department, FromText(text).Department);
        Assert.Equal(new[] { stray }, Others(text));
    }

    [Theory]
    [InlineData("2024年度\n\n上海市普陀区财政局\n\n部门决算\n\n编制单位：上海市普陀区财政局\n", "上海市普陀区财政局")]
    [InlineData("编制单位：普陀区财政局\n\n2024年度\n\n上海市普陀区财政局\n\n部门决算\n", "上海市普陀区财政局")]
    [InlineData("2024年度部门决算\n\n部门：江苏省政协办公厅\n\n部门名称：中国人民政治协商会议江苏省委员会办公厅\n", "江苏省政协办公厅")]
    public void Places_naming_one_department_in_two_forms_agree(string text, string department)
    {
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("在我市财政局的指导下，完成各项工作。\n\n我市财政局2024年度部门决算\n\n在我市财政局的指导下，全年收入合计199.52万元。\n")]
    [InlineData("我局2024年度部门决算\n\n我局内设科室5个。我局是市政府工作部门。\n")]
    [InlineData("本部门2024年度部门决算\n\n本部门内设科室5个，在本区财政局的指导下开展工作。\n")]
    [InlineData("该局2024年度部门决算\n\n在我县教育局和我县财政局的指导下，该局完成各项工作。在我县教育局的指导下完成。\n")]
    public void A_pronoun_never_starts_a_department_name(string text)
    {
        var d = FromText(text);
        Assert.True(d.Department is null || d.DepartmentGuessed, d.Department);
        Assert.DoesNotContain(d.Narrative.Names, n => n.Text.StartsWith('我') || n.Text.StartsWith('在') || n.Text.StartsWith("本部"));
    }

    private const string Cover = "2024年度\n\n沁阳市财政局\n\n部门决算\n\n";

    /// <summary>“下设X” opens a clause: the name read is the unit's, not “下设X”, and the unit the section lists is the department's own.</summary>
    [Theory]
    [InlineData("二、机构设置\n\n沁阳市财政局为市政府工作部门，下设沁阳市财政投资评审中心。\n\n", "沁阳市财政投资评审中心")]
    [InlineData("二、机构设置\n\n本部门下设沁阳市国库支付中心、沁阳市财政投资评审中心2个事业单位。\n\n", "沁阳市国库支付中心")]
    public void A_unit_after_xiashe_is_read_without_it(string section, string unit)
    {
        var text = Cover + section + "第二部分 决算表\n\n填报单位：" + unit + "\n\n本年收入合计199.52万元。\n";
        Assert.Contains(FromText(text).Narrative.Names, n => n.Text == unit);
        Assert.DoesNotContain(FromText(text).Narrative.Names, n => n.Text.StartsWith("下设", StringComparison.Ordinal));
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("二、机构设置\n\n沁阳市财政局所属单位包括：沁阳市财政投资评审中心、沁阳市国库支付中心。\n\n", "填报单位：沁阳市财政投资评审中心")]
    [InlineData("二、机构设置\n\n沁阳市财政局所属单位包括：沁阳市财政投资评审中心、沁阳市国库支付中心。\n\n", "部门（单位）名称：沁阳市国库支付中心")]
    [InlineData("（二）机构设置\n\n1.沁阳市财政投资评审中心\n\n2.沁阳市国库支付中心\n\n（三）人员情况\n\n在职人员50人。\n\n", "单位名称：沁阳市国库支付中心")]
    [InlineData("第一部分 部门概况\n\n二、机构设置和所属单位\n\n纳入本部门2024年度部门决算编制范围的单位包括：沁阳市财政局本级、沁阳市财政投资评审中心。\n\n", "填报单位（盖章）：沁阳市财政投资评审中心")]
    public void A_unit_the_units_section_lists_is_the_departments_own(string section, string label) =>
        Assert.Empty(Others(Cover + section + "第二部分 决算表\n\n项目支出绩效自评表\n\n" + label + "\n\n本年收入合计199.52万元。\n"));

    [Theory]
    [InlineData("二、机构设置\n\n沁阳市财政局所属单位包括：沁阳市财政投资评审中心。\n\n三、人员情况\n\n在职人员50人。\n\n", "填报单位：沁阳市教育局", "沁阳市教育局")]
    [InlineData("二、机构设置\n\n焦作市财政局内设科室8个，所属单位包括：沁阳市财政投资评审中心。\n\n", "编制单位：沁阳市财政投资评审中心", "焦作市财政局")]
    [InlineData("二、人员情况\n\n在职人员50人，沁阳市财政投资评审中心在职10人。\n\n", "填报单位：沁阳市财政投资评审中心", "沁阳市财政投资评审中心")]
    public void A_unit_outside_the_units_section_or_a_copied_self_description_is_still_reported(string section, string label, string other) =>
        Assert.Contains(other, Others(Cover + section + "第二部分 决算表\n\n" + label + "\n\n本年收入合计199.52万元。\n"));
}
