using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a province-level 项目支出绩效自评表 whose title names only the province (“湖北省2023年度项目支出绩效自评表”) names its
/// department in the form's “主管部门 | …” cell. That cell is checked against the document's department: the department's own form is
/// silent, whichever unit carries it out; a form copied from another department is one FA3014 on the 主管部门's line; a unit's own
/// document (a school's 单位决算, the form carried out by the school) names its parent there in silence — of its own place or above it, a
/// parent of another place under the same city (“武汉市江汉区教育局” over “武汉市江岸区第一中学”, or over “江岸区社会福利院” printed without its
/// city: two certain districts apart) being one finding, a place that may be none (“新竹社区”, “沛县”, a zone) never —, and a 基本情况表 row
/// “主管部门 | …” that belongs to no project form is not judged.
/// </summary>
public class SupervisorCellIdentityTests
{
    public static TheoryData<string, string, string, string> Correct => new()
    {
        { "湖北省教育厅", "湖北省", "湖北省教育厅", "湖北省教育考试院" },
        { "湖北省教育厅", "湖北省", "湖北省教育厅", "湖北省教育厅" },
        { "浙江省生态环境厅", "浙江省", "浙江省生态环境厅", "浙江省生态环境监测中心" },
        { "河南省农业农村厅", "河南省", "[101001]河南省农业农村厅", "河南省农业技术推广总站" },
        { "广西壮族自治区民政厅", "广西壮族自治区", "广西壮族自治区民政厅", "广西壮族自治区社会福利院" },
    };

    public static TheoryData<string, string, string, string, string> Wrong => new()
    {
        { "湖北省教育厅", "湖北省", "湖北省民政厅", "湖北省民政厅", "湖北省民政厅" },
        { "湖北省教育厅", "湖北省", "湖北省民政厅", "湖北省教育考试院", "湖北省民政厅" },
        { "浙江省生态环境厅", "浙江省", "浙江省自然资源厅", "浙江省自然资源厅", "浙江省自然资源厅" },
        { "河南省农业农村厅", "河南省", "[101002]河南省水利厅", "河南省水利厅", "河南省水利厅" },
        { "广西壮族自治区民政厅", "广西壮族自治区", "湖南省民政厅", "湖南省民政厅", "湖南省民政厅" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void The_departments_own_form_is_silent(string department, string province, string supervisor, string implementer)
    {
        var text = Document(department, province, supervisor, implementer);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [MemberData(nameof(Wrong))]
    public void Another_departments_form_is_one_finding_on_its_supervisor_line(string department, string province, string supervisor, string implementer, string other)
    {
        var text = Document(department, province, supervisor, implementer);
        Assert.Equal((department, other, LineOf(text, "主管部门\t")), TheOneOther(text));
    }

    [Theory]
    [InlineData("湖北省", "湖北省教育厅", "湖北省教育考试院")]
    [InlineData("河南省", "河南省农业农村厅", "河南省农业农村厅")]
    public void A_form_published_alone_is_its_supervisors(string province, string supervisor, string implementer)
    {
        var text = $"{province}2023年度项目支出绩效自评表\n（2023年度）\n填报单位：{implementer}\n" + Form(supervisor, implementer);
        Assert.Equal((supervisor, false), (FromText(text).Department, FromText(text).DepartmentGuessed));
        Assert.Empty(Others(text));
    }

    [Fact]
    public void A_units_own_form_names_its_parent_in_silence()
    {
        var text = "2023年度\n\n武汉市第一中学\n\n单位决算\n\n主管部门：武汉市教育局\n\n公开01表\n\n编制单位：武汉市第一中学\n\n本年收入合计199.52万元。\n\n"
            + "武汉市2023年度项目支出绩效自评表\n" + Form("武汉市教育局", "武汉市第一中学");
        Assert.Equal("武汉市第一中学", FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("武汉市江岸区第一中学", "武汉市江岸区教育局")]
    [InlineData("武汉市江岸区第一中学", "武汉市江岸区民政局")]
    [InlineData("武汉市江岸区第一中学", "武汉市教育局")]
    [InlineData("郑州市金水区社会福利院", "郑州市金水区民政局")]
    [InlineData("石家庄市长安区疾病预防控制中心", "石家庄市长安区卫生健康局")]
    [InlineData("南宁市高新区第一小学", "南宁市西乡塘区教育局")]
    [InlineData("重庆市两江新区人和中学", "重庆市渝北区教育委员会")]
    [InlineData("郑州市郑东新区社区卫生服务中心", "郑州市金水区卫生健康委员会")]
    [InlineData("长治市城区疾病预防控制中心", "长治市潞州区卫生健康局")]
    [InlineData("青秀区第一中学", "南宁市青秀区教育局")]
    [InlineData("青秀区第一中学", "南宁市教育局")]
    [InlineData("新竹社区卫生服务中心", "南宁市兴宁区卫生健康局")]
    [InlineData("高新区第一小学", "南宁市西乡塘区教育局")]
    [InlineData("沛县实验小学", "徐州市铜山区教育局")]
    [InlineData("红旗小学", "赤峰市松山区教育局")]
    public void A_units_own_form_naming_a_parent_of_its_place_or_above_is_silent(string unit, string parent) =>
        Assert.Empty(Others(UnitsOwnDocument(unit, parent)));

    [Theory]
    [InlineData("武汉市江岸区第一中学", "武汉市江汉区教育局")]
    [InlineData("郑州市金水区社会福利院", "郑州市二七区民政局")]
    [InlineData("石家庄市长安区疾病预防控制中心", "石家庄市桥西区卫生健康局")]
    [InlineData("锡林郭勒盟正蓝旗第一中学", "锡林郭勒盟正镶白旗教育局")]
    [InlineData("青秀区第一中学", "南宁市兴宁区教育局")]
    [InlineData("江岸区社会福利院", "武汉市江汉区民政局")]
    [InlineData("南宁市青秀区第一中学", "兴宁区教育局")]
    [InlineData("石门县第一中学", "常德市桃源县教育局")]
    public void A_units_own_form_naming_a_parent_of_another_place_is_one_finding(string unit, string parent)
    {
        var text = UnitsOwnDocument(unit, parent);
        Assert.Equal((unit, parent, LineOf(text, "主管部门\t")), TheOneOther(text));
    }

    /// <summary>A unit's 单位决算 whose project form it carries out under <paramref name="parent"/>.</summary>
    private static string UnitsOwnDocument(string unit, string parent) =>
        $"2023年度\n\n{unit}\n\n单位决算\n\n公开01表\n\n编制单位：{unit}\n\n本年收入合计199.52万元。\n\n" + "项目支出绩效自评表\n" + Form(parent, unit);

    [Fact]
    public void A_supervisor_row_of_no_project_form_is_not_judged()
    {
        var text = "2023年度\n\n武汉市第一中学\n\n单位决算\n\n单位基本情况表\n单位名称\t武汉市第一中学\n主管部门\t武汉市教育局\n单位性质\t事业单位\n";
        Assert.Empty(Others(text));
    }

    /// <summary>A 部门决算 of <paramref name="department"/>, then a project form titled with <paramref name="province"/> only.</summary>
    private static string Document(string department, string province, string supervisor, string implementer) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n公开01表\n\n编制单位：{department}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n\n"
        + $"{province}2023年度项目支出绩效自评表\n（2023年度）\n" + Form(supervisor, implementer);

    /// <summary>A 项目支出绩效自评表 (tab-separated rows) owned by <paramref name="supervisor"/>, carried out by <paramref name="implementer"/>.</summary>
    private static string Form(string supervisor, string implementer) =>
        "项目名称\t义务教育营养改善计划\n"
        + $"主管部门\t{supervisor}\t实施单位\t{implementer}\n"
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t180.00\t186.00\t180.42\t10\t97.00%\t9.70\n"
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        + "\t产出指标\t数量指标\t受益学生人数\t≥1000人\t1200人\t90\t90\t\n"
        + "总分\t\t\t\t\t\t100\t99.70\t\n";
}
