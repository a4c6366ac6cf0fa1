using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team: names a Party body's or a joint office's document prints of itself. A Party department's name with or
/// without its “中共” (“中共南宁市青秀区委组织部”, “青秀区委组织部”), a discipline commission's office under its joint short name
/// (“中共宾阳县纪律检查委员会机关”, “宾阳县纪委监委机关”), a bureau printed with the office it bears in brackets (“南宁市退役军人事务局
/// （南宁市双拥工作领导小组办公室）”), a 编制单位 line whose label keeps the cover's seal mark (“编制单位（盖章）：…”) and a units list
/// (“本部门决算包括：…本级、…中心”) are the department's; another Party department of the same committee, another county's
/// commission or another district's bureau under the same labels is one FA3014.
/// </summary>
public class PartyBodyIdentityRedTeamTests
{
    private const string Organisation = "中共南宁市青秀区委组织部";

    /// <summary>The cover of the discipline commission's office (机关), read as the commission, the body it is the office of.</summary>
    private const string Discipline = "中共宾阳县纪律检查委员会机关";

    /// <summary>The department a cover is read as: the body itself, the office (机关) of a commission its commission.</summary>
    private static string Read(string cover) => cover == Discipline ? "中共宾阳县纪律检查委员会" : cover;

    private const string Veterans = "南宁市退役军人事务局";

    [Theory]
    [InlineData(Organisation, "编制单位：中共南宁市青秀区委组织部")]
    [InlineData(Organisation, "编制单位：青秀区委组织部")]
    [InlineData(Organisation, "编制单位：中共青秀区委组织部　　单位：万元")]
    [InlineData(Organisation, "编制单位（盖章）：中共南宁市青秀区委组织部")]
    [InlineData(Discipline, "编制单位：宾阳县纪委监委机关")]
    [InlineData(Discipline, "编制单位：中共宾阳县纪律检查委员会机关")]
    [InlineData(Discipline, "编制单位：中共宾阳县纪律检查委员会")]
    [InlineData(Veterans, "编制单位：南宁市退役军人事务局（南宁市双拥工作领导小组办公室）")]
    [InlineData(Veterans, "编制单位（公章）：南宁市退役军人事务局")]
    public void The_department_under_its_party_joint_or_sealed_forms_is_none(string cover, string header) =>
        AssertSilent(Read(cover), [Document(cover, header)]);

    [Theory]
    [InlineData(Organisation, "编制单位：中共南宁市青秀区委宣传部", "中共南宁市青秀区委宣传部")]
    [InlineData(Organisation, "编制单位（盖章）：中共南宁市西乡塘区委组织部", "中共南宁市西乡塘区委组织部")]
    [InlineData(Discipline, "编制单位：横县纪委监委机关", "横县纪委监委")]
    [InlineData(Veterans, "编制单位：柳州市退役军人事务局（柳州市双拥工作领导小组办公室）", "柳州市退役军人事务局（柳州市双拥工作领导小组办公室）")]
    [InlineData(Veterans, "单位名称（公章）：柳州市退役军人事务局", "柳州市退役军人事务局")]
    public void Another_party_department_county_or_city_is_one_finding(string cover, string header, string other) =>
        AssertOneOther(Read(cover), other, header, [Document(cover, header)]);

    /// <summary>A units list names the department's own units, not the document's department: no finding, and the department stays the cover's.</summary>
    [Theory]
    [InlineData(Organisation, "本部门决算包括：中共南宁市青秀区委组织部本级、南宁市青秀区党员教育中心。")]
    [InlineData(Discipline, "纳入本部门2020年度部门决算编制范围的单位包括：中共宾阳县纪律检查委员会机关本级、宾阳县廉政教育中心。")]
    [InlineData(Veterans, "本部门决算包括：南宁市退役军人事务局本级、南宁市退役军人服务中心、南宁市军供站。")]
    public void A_units_list_is_not_the_documents_name(string cover, string list) =>
        AssertSilent(Read(cover), [Document(cover, "编制单位：" + cover).Replace("本年收入合计", list + "\n\n本年收入合计", StringComparison.Ordinal)]);
}
