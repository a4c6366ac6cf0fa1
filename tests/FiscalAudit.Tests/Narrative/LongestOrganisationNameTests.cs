using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: an organisation is read as long as the text names it — a unit of a bureau (“沁阳市财政局国库支付中心”) is
/// not its bureau, and the two names of one 纪委监委 are one department — and FA3014 compares the whole names.
/// </summary>
public class LongestOrganisationNameTests
{
    [Theory]
    [InlineData("2020年度\n\n沁阳市财政局国库支付中心\n\n部门决算", "沁阳市财政局国库支付中心")]
    [InlineData("沁阳市财政局国库支付中心2020年度部门决算", "沁阳市财政局国库支付中心")]
    [InlineData("2020年度\n\n焦作市自然资源和规划局沁阳分局\n\n部门决算", "焦作市自然资源和规划局沁阳分局")]
    [InlineData("2020年度\n\n中共沁阳市纪律检查委员会  沁阳市监察委员会\n\n部门决算", "中共沁阳市纪律检查委员会沁阳市监察委员会")]
    [InlineData("2020年度\n\n中共沁阳市纪律检查委员会\n沁阳市监察委员会\n\n部门决算", "中共沁阳市纪律检查委员会沁阳市监察委员会")]
    [InlineData("沁阳市纪委监委2020年度部门决算", "沁阳市纪委监委")]
    public void The_cover_names_the_whole_organisation(string cover, string department) =>
        Assert.Equal(department, FromText(cover + string.Format(Tables, "部门：" + department)).Department);

    [Theory]
    [InlineData("中共沁阳市纪律检查委员会  沁阳市监察委员会", "部门：沁阳市纪委监委")]
    [InlineData("沁阳市纪委监委", "部门：中共沁阳市纪律检查委员会 沁阳市监察委员会")]
    [InlineData("中共沁阳市纪律检查委员会  沁阳市监察委员会", "编制单位：中共沁阳市纪律检查委员会沁阳市监察委员会")]
    [InlineData("沁阳市财政局国库支付中心", "部门：沁阳市财政局国库支付中心")]
    public void A_header_naming_the_whole_organisation_agrees(string department, string header) =>
        Assert.Empty(Others(department, header));

    [Theory]
    [InlineData("沁阳市财政局国库支付中心", "部门：沁阳市财政局", "沁阳市财政局")]
    [InlineData("沁阳市财政局", "部门：沁阳市财政局国库支付中心", "沁阳市财政局国库支付中心")]
    [InlineData("沁阳市财政局国库支付中心", "部门：沁阳市财政局非税收入管理中心", "沁阳市财政局非税收入管理中心")]
    [InlineData("中共沁阳市纪律检查委员会  沁阳市监察委员会", "部门：中共焦作市纪律检查委员会焦作市监察委员会", "中共焦作市纪律检查委员会焦作市监察委员会")]
    public void A_bureau_and_its_unit_are_two_organisations(string department, string header, string other) =>
        Assert.Equal(new[] { other }, Others(department, header));
}
