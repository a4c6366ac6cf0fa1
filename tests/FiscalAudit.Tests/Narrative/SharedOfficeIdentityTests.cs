using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: harmless aliases of the department in a table's header — its own level after the name (“（本级）”, “本级”, “机关”,
/// “本部”) and the government body that shares the Party department's office (合署办公, 挂牌: “南宁市青秀区公务员局” for
/// 中共南宁市青秀区委组织部, the 监察委员会 for the 纪律检查委员会) — are silent; another office of the same place, the same office of
/// another place, the city's body and another department glued to an own level are each one FA3014 on the header's line.
/// </summary>
public class SharedOfficeIdentityTests
{
    public static TheoryData<string, string> Correct => new()
    {
        { "中共南宁市青秀区委组织部", "南宁市青秀区公务员局" },
        { "中共武汉市江岸区委组织部", "区公务员局" },
        { "中共武汉市江岸区纪律检查委员会", "武汉市江岸区监察委员会" },
        { "武汉市江岸区监察委员会", "中共武汉市江岸区纪律检查委员会" },
        { "中共杭州市西湖区委宣传部", "杭州市西湖区新闻出版局" },
        { "中国共产党杭州市西湖区委员会宣传部", "杭州市西湖区版权局" },
        { "中共成都市武侯区委统战部", "成都市武侯区民族宗教事务局" },
        { "中共长沙市岳麓区委网络安全和信息化委员会办公室", "长沙市岳麓区互联网信息办公室" },
        { "中共南宁市青秀区委党校", "南宁市青秀区行政学校" },
        { "中共广州市天河区委外事工作委员会办公室", "广州市天河区人民政府外事办公室" },
        { "南宁市青秀区民政局", "南宁市青秀区民政局（本级）" },
        { "南宁市青秀区民政局", "南宁市青秀区民政局本级" },
        { "南宁市青秀区民政局", "南宁市青秀区民政局机关" },
        { "南宁市青秀区民政局", "南宁市青秀区民政局本部" },
        { "中共南宁市青秀区委宣传部", "中共南宁市青秀区委宣传部机关" },
        { "中共南宁市青秀区委宣传部", "青秀区委宣传部（本级）" },
    };

    public static TheoryData<string, string, string> Wrong => new()
    {
        { "中共南宁市青秀区委组织部", "南宁市青秀区新闻出版局", "南宁市青秀区新闻出版局" },
        { "中共南宁市青秀区委组织部", "南宁市兴宁区公务员局", "南宁市兴宁区公务员局" },
        { "中共南宁市青秀区委组织部", "南宁市公务员局", "南宁市公务员局" },
        { "中共武汉市江岸区纪律检查委员会", "武汉市江岸区审计局", "武汉市江岸区审计局" },
        { "中共杭州市西湖区委宣传部", "中共杭州市西湖区委组织部", "中共杭州市西湖区委组织部" },
        { "中共成都市武侯区委统战部", "成都市锦江区民族宗教事务局", "成都市锦江区民族宗教事务局" },
        { "中共南宁市青秀区委党校", "南宁市兴宁区行政学校", "南宁市兴宁区行政学校" },
        { "南宁市青秀区民政局", "南宁市青秀区财政局本级", "南宁市青秀区财政局" },
        { "南宁市青秀区民政局", "南宁市青秀区教育局机关", "南宁市青秀区教育局" },
        { "南宁市青秀区民政局", "南宁市青秀区财政局（本级）", "南宁市青秀区财政局" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_harmless_alias_is_silent(string department, string header)
    {
        var text = Document(department, "编制单位：" + header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [MemberData(nameof(Wrong))]
    public void Another_department_is_one_finding_on_the_headers_line(string department, string header, string other)
    {
        var text = Document(department, "编制单位：" + header);
        Assert.Equal((department, other, LineOf(text, header)), TheOneOther(text));
    }

    [Fact]
    public void A_heading_naming_the_shared_office_is_silent() =>
        Assert.Empty(Others(Document("中共南宁市青秀区委组织部", "编制单位：中共南宁市青秀区委组织部") + "\n第二部分 南宁市青秀区公务员局2023年度部门决算表\n"));
}
