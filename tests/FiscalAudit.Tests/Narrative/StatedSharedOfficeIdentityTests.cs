using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a body the document states shares the department's office or whose name the department bears (“区委统战部与区民族宗教事务局合署办公”,
/// “加挂南宁市青秀区文物局牌子”, “我局与区乡村振兴局合署办公”) is the department's other name there, so a table's header printing it is
/// silent. The same body of another place, a statement about another department (copied text) and a header naming an office no
/// statement joins are each one FA3014 on the header's line. A statement may list the bodies without a joint (“A、B、C合署办公”) or open
/// by citing the decision that joined them, no comma before its bodies (“根据…机构改革方案A同B合署办公”); a name holding 和 is one item
/// of such a list (“区住房和城乡建设局、区人民防空办公室合署办公”, “人力资源和社会保障局”, “工业和信息化局”).
/// </summary>
public class StatedSharedOfficeIdentityTests
{
    public static TheoryData<string, string, string> Correct => new()
    {
        { "南宁市青秀区文化广电和体育局", "南宁市青秀区文化广电和体育局加挂南宁市青秀区文物局牌子。", "南宁市青秀区文物局" },
        { "南宁市青秀区文化广电和体育局", "本局加挂区文物局牌子，内设办公室等4个股室。", "南宁市青秀区文物局" },
        { "昆明市东川区财政局", "我单位是昆明市东川区人民政府工作部门，为正科级。加挂昆明市东川区人民政府国有资产监督管理委员会、昆明市东川区人民政府金融办公室牌子。", "昆明市东川区人民政府金融办公室" },
        { "长沙市岳麓区应急管理局", "长沙市岳麓区应急管理局同时挂长沙市岳麓区地震局牌子。", "长沙市岳麓区地震局" },
        { "杭州市西湖区农业农村局", "我局与区乡村振兴局合署办公。", "杭州市西湖区乡村振兴局" },
        { "中共成都市武侯区委统战部", "区委统战部与区民族宗教事务局合署办公，实行一个机构两块牌子。", "成都市武侯区民族宗教事务局" },
        { "郑州市金水区自然资源局", "郑州市金水区林业局与郑州市金水区自然资源局合署办公。", "郑州市金水区林业局" },
        { "银川市西夏区应急管理局", "银川市西夏区应急管理局、银川市西夏区地震局、银川市西夏区人民防空办公室合署办公。", "银川市西夏区人民防空办公室" },
        { "贺兰县应急管理局", "贺兰县地震局、贺兰县应急管理局合署办公，实行一个机构两块牌子。", "贺兰县地震局" },
        { "贺兰县应急管理局", "根据贺兰县机构改革方案贺兰县应急管理局同贺兰县地震局合署办公。", "贺兰县地震局" },
        { "宜昌市西陵区自然资源和规划局", "根据《宜昌市西陵区机构改革实施方案》宜昌市西陵区自然资源和规划局与宜昌市西陵区林业局合署办公。", "宜昌市西陵区林业局" },
        { "贺兰县住房和城乡建设局", "贺兰县住房和城乡建设局、贺兰县人民防空办公室合署办公。", "贺兰县人民防空办公室" },
        { "贺兰县人民防空办公室", "贺兰县住房和城乡建设局、贺兰县人民防空办公室合署办公。", "贺兰县住房和城乡建设局" },
        { "南宁市青秀区人力资源和社会保障局", "区人力资源和社会保障局、区医疗保障局合署办公。", "南宁市青秀区医疗保障局" },
        { "长春市宽城区工业和信息化局", "长春市宽城区工业和信息化局、长春市宽城区科学技术局、长春市宽城区中小企业局合署办公。", "长春市宽城区中小企业局" },
        { "沁阳市农业农村和水利局", "沁阳市乡村振兴局、沁阳市农业农村和水利局合署办公。", "沁阳市乡村振兴局" },
        { "贺兰县应急管理局", "贺兰县应急管理局、贺兰县地震局和贺兰县人民防空办公室合署办公。", "贺兰县人民防空办公室" },
        { "贺兰县人民防空办公室", "贺兰县住房和城乡建设局、贺兰县地震局和贺兰县人民防空办公室合署办公。", "贺兰县住房和城乡建设局" },
    };

    public static TheoryData<string, string, string> Wrong => new()
    {
        { "南宁市青秀区文化广电和体育局", "本局加挂区文物局牌子。", "南宁市兴宁区文物局" },
        { "南宁市青秀区民政局", "南宁市青秀区文化广电和体育局加挂南宁市青秀区文物局牌子。", "南宁市青秀区文物局" },
        { "杭州市西湖区农业农村局", "杭州市上城区农业农村局与杭州市上城区乡村振兴局合署办公。", "杭州市上城区乡村振兴局" },
        { "长沙市岳麓区应急管理局", "本局内设办公室、应急指挥股。", "长沙市岳麓区地震局" },
        { "郑州市金水区自然资源局", "我局与区林业局合署办公。", "郑州市二七区林业局" },
        { "贺兰县应急管理局", "永宁县应急管理局、永宁县地震局合署办公。", "永宁县地震局" },
        { "贺兰县应急管理局", "根据贺兰县机构改革方案永宁县应急管理局同永宁县地震局合署办公。", "永宁县地震局" },
        { "银川市西夏区应急管理局", "银川市西夏区应急管理局、银川市西夏区地震局、银川市西夏区人民防空办公室合署办公。", "银川市金凤区地震局" },
        { "贺兰县住房和城乡建设局", "永宁县住房和城乡建设局、永宁县人民防空办公室合署办公。", "永宁县人民防空办公室" },
        { "南宁市青秀区人力资源和社会保障局", "区人力资源和社会保障局、区医疗保障局合署办公。", "南宁市兴宁区医疗保障局" },
        { "长春市宽城区工业和信息化局", "长春市宽城区工业和信息化局、长春市宽城区科学技术局合署办公。", "长春市宽城区中小企业局" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_header_naming_a_stated_shared_office_is_silent(string department, string statement, string header) =>
        AssertSilent(department, Placed(department, statement, header));

    [Theory]
    [MemberData(nameof(Wrong))]
    public void A_header_naming_an_office_not_stated_as_the_departments_is_one_finding(string department, string statement, string header) =>
        AssertOneOther(department, header, "编制单位：" + header, Placed(department, statement, header));

    /// <summary>The document of <paramref name="department"/> stating <paramref name="statement"/> under 部门职责, 部门基本情况 and 机构设置, its table headed by <paramref name="header"/>.</summary>
    private static IEnumerable<string> Placed(string department, string statement, string header)
    {
        var cover = $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n";
        var table = $"\n\n公开01表\n\n编制单位：{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        yield return cover + $"一、部门职责\n\n{statement}\n\n二、机构设置\n\n本部门无下属单位。" + table;
        yield return cover + $"一、部门基本情况\n\n{statement}" + table;
        yield return cover + $"一、部门职责\n\n负责本部门职责范围内的相关工作。\n\n二、机构设置\n\n{statement}" + table;
    }
}
