using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team: covers and headers composed as real 部门决算 print them — a name split over two lines, a unit line glued
/// to a name, a year glued before it, a harmless short form, a Party department and its government bureau as one body's two names,
/// 街道办事处 and 乡镇, a school and a hospital whose cover prints its 主管部门. Every correct one is silent; every wrong one is
/// exactly one FA3014 on the header's line.
/// </summary>
public class IdentityRedTeamTests
{
    private const string TwoNames = "中共上海市普陀区委组织部（上海市普陀区公务员局）";

    public static TheoryData<string, string, string> Correct => new()
    {
        { "上海市普陀区\n财政局\n\n2023年度部门决算", "上海市普陀区财政局", "编制单位：上海市普陀区财政局" },
        { "2023年度\n\n江苏省人民检察院\n\n部门决算", "江苏省人民检察院", "编制单位：江苏省人民检察院单位：万元" },
        { "2023年度上海市普陀区财政局部门决算", "上海市普陀区财政局", "编制单位：区财政局" },
        { $"2023年度\n\n{TwoNames}\n\n部门决算", TwoNames, "编制单位：上海市普陀区公务员局" },
        { $"2023年度\n\n{TwoNames}\n\n部门决算", TwoNames, "部门：中共上海市普陀区委组织部" },
        { "2023年度\n\n中共上海市普陀区委组织部\n\n部门决算", "中共上海市普陀区委组织部", $"编制单位：{TwoNames}" },
        { "2023年度\n\n上海市普陀区人民政府长寿路街道办事处\n\n部门决算", "上海市普陀区人民政府长寿路街道办事处", "编制单位：普陀区长寿路街道办事处" },
        { "2023年度\n\n浏阳市达浒乡人民政府\n\n部门决算", "浏阳市达浒乡人民政府", "编制单位：浏阳市达浒乡政府" },
        { "2023年度\n\n上海市曹杨第二中学\n\n单位决算\n\n主管部门：上海市普陀区教育局", "上海市曹杨第二中学", "编制单位：上海市曹杨第二中学" },
        { "2023年度\n\n上海市普陀区人民医院\n\n单位决算\n\n主管部门：上海市普陀区卫生健康委员会", "上海市普陀区人民医院", "编制单位：上海市普陀区人民医院（本级）" },
        { "二〇二三年度南宁市妇女联合会部门决算", "南宁市妇女联合会", "编制单位：市妇联" },
    };

    public static TheoryData<string, string, string, string> Wrong => new()
    {
        { "上海市普陀区\n财政局\n\n2023年度部门决算", "上海市普陀区财政局", "编制单位：上海市普陀区民政局", "上海市普陀区民政局" },
        { "2023年度\n\n江苏省人民检察院\n\n部门决算", "江苏省人民检察院", "编制单位：江苏省高级人民法院单位：万元", "江苏省高级人民法院" },
        { "2023年度上海市普陀区财政局部门决算", "上海市普陀区财政局", "编制单位：上海市财政局", "上海市财政局" },
        { $"2023年度\n\n{TwoNames}\n\n部门决算", TwoNames, "编制单位：中共上海市普陀区委宣传部", "中共上海市普陀区委宣传部" },
        { $"2023年度\n\n{TwoNames}\n\n部门决算", TwoNames, "编制单位：上海市长宁区公务员局", "上海市长宁区公务员局" },
        { "2023年度\n\n上海市普陀区人民政府长寿路街道办事处\n\n部门决算", "上海市普陀区人民政府长寿路街道办事处", "编制单位：上海市普陀区人民政府宜川路街道办事处", "上海市普陀区人民政府宜川路街道办事处" },
        { "2023年度\n\n浏阳市达浒乡人民政府\n\n部门决算", "浏阳市达浒乡人民政府", "编制单位：浏阳市大围山镇人民政府", "浏阳市大围山镇人民政府" },
        { "2023年度\n\n上海市曹杨第二中学\n\n单位决算\n\n主管部门：上海市普陀区教育局", "上海市曹杨第二中学", "编制单位：上海市晋元高级中学", "上海市晋元高级中学" },
        { "2023年度\n\n上海市普陀区人民医院\n\n单位决算\n\n主管部门：上海市普陀区卫生健康委员会", "上海市普陀区人民医院", "编制单位：上海市普陀区中心医院", "上海市普陀区中心医院" },
        { "二〇二三年度南宁市妇女联合会部门决算", "南宁市妇女联合会", "编制单位：团市委", "团市委" },
        { "2022年广州市财政局部门决算", "广州市财政局", "部门：广州市天河区财政局", "广州市天河区财政局" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_cover_and_header_are_silent(string cover, string department, string header)
    {
        var text = cover + string.Format(Tables, header);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [MemberData(nameof(Wrong))]
    public void A_wrong_header_is_one_finding_on_its_line(string cover, string department, string header, string other)
    {
        var text = cover + string.Format(Tables, header);
        Assert.Equal((department, other, LineOf(text, header)), TheOneOther(text));
    }
}
