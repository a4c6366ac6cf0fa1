using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a 部门决算's title with no 表 and no 公开表 number (“南宁市青秀区民政局2023年度部门决算”) printed after the 机构设置
/// section's units list (“本部门决算包括：…”) — as its own paragraph, or glued by the layout to the list's end after its punctuation —
/// and a units list glued without punctuation (“南宁市青秀区教育局本级南宁市青秀区第一中学2023年度部门决算”, read before as one name
/// “…教育局本级…第一中学”); a table's title holding “、” (“…“三公”经费、会议费、培训费支出决算表”) is a title as any other, and a
/// department's name glued after an item's own level (“…教育局本级南宁市青秀区民政局2023年度部门决算”) opens the title, a unit's the list's next item. A title and list of the document's own department are silent; a title or list naming another department
/// is one FA3014 on its line.
/// </summary>
public class GluedUnitsTitleIdentityTests
{
    public static TheoryData<string, string> Correct => new()
    {
        { "南宁市青秀区财政局", "本部门决算包括：南宁市青秀区财政局本级、南宁市青秀区国库集中支付中心。\n\n南宁市青秀区财政局2023年度部门决算" },
        { "南宁市青秀区财政局", "本部门决算包括：南宁市青秀区财政局本级、南宁市青秀区国库集中支付中心。南宁市青秀区财政局2023年度部门决算" },
        { "杭州市西湖区民政局", "纳入本部门2023年度部门决算编制范围的单位包括：杭州市西湖区民政局本级、杭州市西湖区社会福利院；杭州市西湖区民政局2023年度部门决算" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区教育局本级南宁市青秀区第一中学2023年度部门决算" },
        { "南宁市青秀区教育局", "本部门决算包括：\n\n南宁市青秀区教育局本级南宁市青秀区第一中学2023年度部门决算" },
        { "成都市武侯区卫生健康局", "本部门决算包括：成都市武侯区卫生健康局机关成都市武侯区疾病预防控制中心二〇二三年成都市武侯区卫生健康局部门决算" },
        { "武汉市江岸区民政局", "本部门决算包括：武汉市江岸区民政局本部、武汉市江岸区社会福利院。\n\n2023年度武汉市江岸区民政局部门决算" },
        { "南宁市青秀区财政局", "本部门下属单位包括：南宁市青秀区国库集中支付中心、南宁市青秀区财政投资评审中心南宁市青秀区财政局2023年度部门决算" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区教育局本级、南宁市青秀区第一中学。南宁市青秀区教育局2023年度一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区第一中学、南宁市青秀区教育局本级南宁市青秀区教育局2023年度部门决算" },
        { "郑州市金水区民政局", "本部门决算包括：郑州市金水区民政局机关、郑州市金水区社会福利院郑州市金水区民政局2023年度政府性基金预算财政拨款收入、支出决算表" },
    };

    public static TheoryData<string, string, string, string> Wrong => new()
    {
        { "南宁市青秀区财政局", "本部门决算包括：南宁市青秀区财政局本级、南宁市青秀区国库集中支付中心。\n\n南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局" },
        { "南宁市青秀区财政局", "本部门决算包括：南宁市青秀区财政局本级、南宁市青秀区国库集中支付中心。南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局" },
        { "杭州市西湖区民政局", "纳入本部门2023年度部门决算编制范围的单位包括：杭州市西湖区民政局本级、杭州市西湖区社会福利院；杭州市上城区民政局2023年度部门决算", "杭州市上城区民政局2023年度部门决算", "杭州市上城区民政局" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区民政局本级南宁市青秀区第一中学2023年度部门决算", "南宁市青秀区民政局本级", "南宁市青秀区民政局" },
        { "成都市武侯区卫生健康局", "本部门决算包括：成都市武侯区卫生健康局机关、成都市武侯区疾病预防控制中心，二〇二三年成都市卫生健康委员会部门决算", "成都市卫生健康委员会部门决算", "成都市卫生健康委员会" },
        { "武汉市江岸区民政局", "本部门决算包括：武汉市江岸区民政局本部、武汉市江岸区社会福利院。\n\n2023年度武汉市江汉区民政局部门决算", "武汉市江汉区民政局部门决算", "武汉市江汉区民政局" },
        { "南宁市青秀区财政局", "本部门下属单位包括：南宁市青秀区国库集中支付中心、南宁市青秀区财政投资评审中心南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区教育局本级南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局2023年度部门决算", "南宁市青秀区民政局" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区教育局本级、南宁市青秀区第一中学。南宁市青秀区民政局2023年度一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表", "南宁市青秀区民政局2023年度一般公共预算", "南宁市青秀区民政局" },
        { "南宁市青秀区教育局", "本部门决算包括：南宁市青秀区教育局本级南宁市青秀区民政局2023年度一般公共预算财政拨款“三公”经费、会议费、培训费支出决算表", "南宁市青秀区民政局2023年度一般公共预算", "南宁市青秀区民政局" },
        { "郑州市金水区民政局", "本部门决算包括：郑州市金水区民政局机关、郑州市金水区社会福利院郑州市二七区民政局2023年度政府性基金预算财政拨款收入、支出决算表", "郑州市二七区民政局2023年度", "郑州市二七区民政局" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void The_departments_own_title_and_units_are_silent(string department, string units)
    {
        var text = Document(department, units);
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [MemberData(nameof(Wrong))]
    public void Another_departments_title_is_one_finding_on_its_line(string department, string units, string printed, string other)
    {
        var text = Document(department, units);
        Assert.Equal((department, other, LineOf(text, printed)), TheOneOther(text));
    }

    [Theory]
    [InlineData("南宁市青秀区教育局本级南宁市青秀区第一中学")]
    [InlineData("南宁市青秀区教育局机关南宁市青秀区第一中学")]
    public void A_header_glued_to_a_unit_after_the_departments_own_level_is_silent(string header) =>
        Assert.Empty(Others("南宁市青秀区教育局", "编制单位：" + header));

    [Fact]
    public void A_header_of_another_department_glued_to_a_unit_is_reported_by_its_own_name() =>
        Assert.Equal(["南宁市青秀区民政局"], Others("南宁市青秀区教育局", "编制单位：南宁市青秀区民政局本级南宁市青秀区第一中学"));

    [Theory]
    [InlineData("本表为南宁市青秀区民政局2023年度部门决算")]
    [InlineData("按照南宁市青秀区民政局2023年度部门决算")]
    public void A_title_after_running_words_is_not_read(string sentence) =>
        Assert.Empty(Others(Document("南宁市青秀区财政局", "本部门决算包括：南宁市青秀区国库集中支付中心。\n\n" + sentence)));

    /// <summary>A 部门决算 of <paramref name="department"/> whose 机构设置 prints <paramref name="units"/>, then a table headed by the department.</summary>
    private static string Document(string department, string units) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n（一）负责本部门职责范围内的相关工作。\n\n二、机构设置\n\n{units}"
        + $"\n\n公开01表\n\n编制单位：{department}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
