using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, as counties and cities print their names: one department per document, read from a cover
/// split over lines or a header with residue glued on; the short names of merged bureaus agree, the parent
/// city's bureau and the units listed under 机构设置 are told apart. Party departments, offices, institutes, stations and teams
/// (“中共沁阳市委组织部”, “沁阳市委办”, “沁阳市农业技术推广站”) are organisations too, and their abbreviations agree.
/// </summary>
public class DepartmentIdentityVariantTests
{
    [Theory]
    [InlineData("沁阳市政务服务和  \n大数据管理局  \n2020年度部门决算", "沁阳市政务服务和大数据管理局")]
    [InlineData("2020年度\n\n沁阳市卫生健康\n委员会\n\n部门决算", "沁阳市卫生健康委员会")]
    public void A_cover_name_split_over_lines_is_one_name(string cover, string department)
    {
        var d = FromText(cover + string.Format(Tables, "部门：" + department));
        Assert.Equal(department, d.Department);
        Assert.DoesNotContain(NarrativeFindings(d), f => f.RuleId == "FA3014");
    }

    [Theory]
    [InlineData("部门：沁阳市政务服务和大数据管理局单位：万元")]
    [InlineData("编制单位：沁阳市政务服务和大数据管理局　　　　金额单位：万元")]
    [InlineData("部门：沁阳市政务服务和大数据管理局（本级）")]
    [InlineData("部门：市政务服务和大数据管理局")]
    [InlineData("部门：沁阳市政数局")]
    public void The_own_name_with_residue_or_in_short_agrees(string header)
    {
        Assert.Empty(Others("沁阳市政务服务和大数据管理局", header));
    }

    [Theory]
    [InlineData("沁阳市发展和改革委员会", "部门：沁阳市发改委")]
    [InlineData("沁阳市人力资源和社会保障局", "部门：沁阳市人社局")]
    [InlineData("沁阳市住房和城乡建设局", "部门：住建局")]
    [InlineData("沁阳市市场监督管理局", "部门：沁阳市市场监管局")]
    [InlineData("沁阳市教育体育局", "部门：沁阳市教体局")]
    public void The_short_name_of_a_merged_bureau_agrees(string department, string header) => Assert.Empty(Others(department, header));

    [Theory]
    [InlineData("部门：焦作市政务服务和大数据管理局", "焦作市政务服务和大数据管理局")]
    [InlineData("部门：焦作市政数局", "焦作市政数局")]
    [InlineData("部门：沁阳市教体局", "沁阳市教体局")]
    public void The_parent_citys_or_another_bureau_is_reported(string header, string other) =>
        Assert.Equal(new[] { other }, Others("沁阳市政务服务和大数据管理局", header));

    [Theory]
    [InlineData("2020年度\n\n中共沁阳市委组织部\n\n部门决算", "中共沁阳市委组织部")]
    [InlineData("沁阳县委宣传部2020年度部门决算", "沁阳县委宣传部")]
    [InlineData("2020年度\n\n中共沁阳市委\n组织部\n\n部门决算", "中共沁阳市委组织部")]
    [InlineData("2020年度\n\n沁阳市发改委\n\n部门决算", "沁阳市发改委")]
    [InlineData("2020年度\n\n沁阳市委办\n\n部门决算", "沁阳市委办")]
    [InlineData("2020年度\n\n沁阳市农业科学研究所\n\n部门决算", "沁阳市农业科学研究所")]
    [InlineData("沁阳市农业技术\n推广站\n2020年度部门决算", "沁阳市农业技术推广站")]
    [InlineData("2020年度\n\n沁阳市城市管理综合执法大队\n\n部门决算", "沁阳市城市管理综合执法大队")]
    [InlineData("2020年度\n\n沁阳市人民医院\n\n部门决算", "沁阳市人民医院")]
    public void A_cover_naming_a_party_department_an_office_an_institute_or_a_team_names_the_department(string cover, string department) =>
        Assert.Equal(department, FromText(cover + string.Format(Tables, "部门：沁阳市财政局")).Department);

    [Theory]
    [InlineData("中共沁阳市委组织部", "部门：中共沁阳市委组织部")]
    [InlineData("沁阳市发展和改革委员会", "部门：沁阳市发改委")]
    [InlineData("沁阳市发改委", "部门：沁阳市发展和改革委员会")]
    [InlineData("沁阳市委办", "部门：中共沁阳市委办公室")]
    [InlineData("沁阳市疾病预防控制中心", "部门：沁阳市疾控中心")]
    [InlineData("沁阳市农业科学研究所", "部门：沁阳市农科所")]
    [InlineData("沁阳市农业技术推广站", "编制单位：沁阳市农技站")]
    [InlineData("沁阳市城市管理综合执法大队", "部门：沁阳市城管执法队")]
    [InlineData("阿巴嘎旗疾病预防控制中心", "部门：阿巴嘎旗疾控中心")]
    public void A_header_naming_the_department_or_abbreviating_it_agrees(string department, string header)
    {
        var text = Document(department, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("中共沁阳县委宣传部", "部门：中共沁阳县委组织部", "中共沁阳县委组织部")]
    [InlineData("中共沁阳市委组织部", "部门：中共沁阳市委宣传部", "中共沁阳市委宣传部")]
    [InlineData("沁阳市人民政府办公室", "部门：焦作市人民政府办公室", "焦作市人民政府办公室")]
    [InlineData("沁阳市农业技术推广站", "部门：沁阳市农机站", "沁阳市农机站")]
    public void A_header_naming_another_unit_is_reported(string department, string header, string other)
    {
        var text = Document(department, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Equal(new[] { other }, Others(text));
    }

    [Theory]
    [InlineData("根据《内蒙古自治区本级财政预算管理办法》开展自评。\n\n按照《内蒙古自治区本级财政预算管理办法》规定执行。")]
    [InlineData("全市党政办公系统业务培训人数220人。\n\n开展全市党政办公系统业务培训1次。")]
    [InlineData("沁阳市各部门均已公开。\n\n沁阳市各部门按时报送。")]
    [InlineData("本县所有单位均参加。\n\n本县所有单位按时报送。")]
    public void Words_that_only_end_like_an_office_name_no_department(string text) =>
        Assert.Null(FromText("项目支出绩效自评报告\n\n" + text).Department);

    [Fact]
    public void Units_listed_under_the_bureau_are_no_other_department()
    {
        var text = "2020年度\n\n沁阳市教育局\n\n部门决算\n\n二、机构设置\n\n纳入2020年度部门决算编制范围的二级单位包括：\n\n### （一）沁阳市第一中学\n\n"
            + "### （二）沁阳市实验小学\n\n### （三）沁阳市人民医院\n\n### 3. 沁阳市教育局教学研究室\n" + string.Format(Tables, "部门：沁阳市教育局");
        Assert.Empty(Others(text));
    }
}
