using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: the 机构设置 section names the department's parent in passing (“隶属于沁阳市人民政府办公室”, “归口…管理”,
/// “受…领导”); that body is no unit of the department, so a form signed by it is still another department's (FA3014), while the
/// units the same section lists stay the department's own.
/// </summary>
public class ParentInUnitsSectionTests
{
    private const string Cover = "2020年度\n\n沁阳市政务服务和大数据管理局\n\n部门决算\n\n第一部分 部门概况\n\n二、机构设置\n\n";

    private const string Tables = "\n\n三、人员情况\n\n在职人员50人。\n\n第二部分 决算表\n\n项目支出绩效自评表\n\n{0}\n\n本年收入合计199.52万元。\n";

    private static string Document(string section, string label) => Cover + section + string.Format(Tables, label);

    private static List<string> Others(string text) => Findings(text, "FA3014").Select(f => (string)f.Actual!).ToList();

    [Theory]
    [InlineData("沁阳市政务服务和大数据管理局为市政府工作部门，隶属于沁阳市人民政府办公室，所属单位包括：沁阳市政务服务中心。", "沁阳市人民政府办公室")]
    [InlineData("沁阳市政务服务和大数据管理局内设机构4个，归口中共沁阳市委办公室管理，所属单位包括：沁阳市政务服务中心。", "中共沁阳市委办公室")]
    [InlineData("沁阳市政务服务中心受焦作市政务服务和大数据管理局领导，为沁阳市政务服务和大数据管理局所属事业单位。", "焦作市政务服务和大数据管理局")]
    [InlineData("本部门业务上受焦作市政务服务和大数据管理局指导，所属单位包括：沁阳市政务服务中心。", "焦作市政务服务和大数据管理局")]
    [InlineData("沁阳市政务服务和大数据管理局直属于沁阳市人民政府办公室，所属单位包括：沁阳市政务服务中心。", "沁阳市人民政府办公室")]
    public void A_parent_named_in_the_units_section_is_no_own_unit(string section, string parent)
    {
        var d = FromText(Document(section, "填报单位：沁阳市政务服务中心"));
        Assert.DoesNotContain(d.Narrative.Names, n => n.Kind == TextMarkKind.OwnUnitName && n.Text.Contains(parent, StringComparison.Ordinal));
        Assert.Contains(d.Narrative.Names, n => n.Kind == TextMarkKind.OwnUnitName && n.Text == "沁阳市政务服务中心");
        Assert.Empty(Others(Document(section, "填报单位：沁阳市政务服务中心")));
        Assert.Equal(new[] { parent }, Others(Document(section, $"填报单位：{parent}")));
    }
}
