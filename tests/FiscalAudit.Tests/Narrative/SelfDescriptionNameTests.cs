using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 in the body: the sentence in which a department describes itself under 部门职责/机构设置 (“X是县政府工作部门”,
/// “X是…的派出机关”, “X的主要职责是”, “X内设…”) names the department; another unit there is residue of another department's
/// document (FA3014), while the department's own name in short, a unit named in passing, the superior government and the
/// department's own subordinate units described as 事业单位 give no finding.
/// </summary>
public class SelfDescriptionNameTests
{
    private const string Sichuan = "sichuan-county-education-bureau.txt";

    private const string Shandong = "shandong-subdistrict-office.txt";

    [Theory]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "县教育局是县政府工作部门")]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "四川省南充市西充县教育局是西充县人民政府工作部门")]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "我县教育局是县政府工作部门")]
    [InlineData(Sichuan, "西充县教育局内设股室9个", "县教育局内设股室9个")]
    [InlineData(Sichuan, "西充县教育局内设股室9个", "本局内设股室9个")]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门，", "西充县教育局是县政府工作部门，在县财政局指导下管理全县教育经费，与县卫生健康局联合开展学校卫生工作；中共西充县委、县人民政府确定的教育重点工作由本局组织实施；县卫生健康局负责指导学校传染病防控；")]
    [InlineData(Sichuan, "二、机构设置\n", "二、机构设置\n西充县学生资助管理中心是西充县教育局所属公益一类事业单位，主要职责是落实各级学生资助政策。西充县教育技术装备所内设综合股、装备股。\n")]
    [InlineData(Shandong, "敦化路街道办事处内设", "青岛市市北区敦化路街道办事处内设")]
    [InlineData(Shandong, "青岛市市北区敦化路街道办事处是市北区人民政府的派出机关", "敦化路街道办事处是市北区人民政府的派出机关")]
    [InlineData(Shandong, "青岛市市北区敦化路街道办事处是市北区人民政府的派出机关", "市北区人民政府是青岛市人民政府的派出机关")]
    public void The_own_name_or_a_unit_named_in_passing_gives_no_finding(string name, string right, string variant) =>
        Assert.Empty(Others(Variant(name, right, variant)));

    [Theory]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "县卫生健康局是县政府工作部门", "县卫生健康局")]
    [InlineData(Sichuan, "西充县教育局是县政府工作部门", "南部县教育局是县政府组成部门", "南部县教育局")]
    [InlineData(Sichuan, "西充县教育局内设股室9个", "南充市教育局内设股室9个", "南充市教育局")]
    [InlineData(Sichuan, "西充县教育局内设股室9个", "西充县卫生健康局内设股室9个", "西充县卫生健康局")]
    [InlineData(Sichuan, "（一）主要职能\n西充县教育局是县政府工作部门，", "（一）主要职能\n1.西充县文化广电和旅游局的主要职责是：贯彻执行国家有关方针政策；", "西充县文化广电和旅游局")]
    [InlineData(Shandong, "敦化路街道办事处内设", "辽宁路街道办事处内设", "辽宁路街道办事处")]
    [InlineData(Shandong, "青岛市市北区敦化路街道办事处是市北区人民政府的派出机关", "青岛市市北区辽宁路街道办事处是市北区人民政府的派出机关", "青岛市市北区辽宁路街道办事处")]
    public void Another_unit_describing_itself_is_reported(string name, string right, string variant, string other) =>
        Assert.Equal([other], Others(Variant(name, right, variant)));

    [Fact]
    public void A_numbered_article_naming_another_bureau_is_reported_on_its_line()
    {
        var text = "2024年度\n\n上海市普陀区财政局\n\n部门决算\n\n第一部分 部门概况\n\n"
            + "第二条上海市普陀区审计局是主管全区审计工作的区政府工作部门，为正处级。\n\n"
            + "第三条上海市普陀区财政局的主要职责是：拟订全区财政发展规划。\n" + string.Format(Tables, "部门：上海市普陀区财政局");
        var finding = Assert.Single(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3014");
        Assert.Equal(("上海市普陀区审计局", 9), ((string)finding.Actual!, finding.Location.Line));
    }

    private static string Variant(string name, string right, string variant)
    {
        var text = RegionalPassages.Text(name);
        Assert.Equal(text.IndexOf(right, StringComparison.Ordinal), text.LastIndexOf(right, StringComparison.Ordinal));
        return text.Replace(right, variant, StringComparison.Ordinal);
    }
}
