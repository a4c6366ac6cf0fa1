using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a 机构设置 sentence joining a unit to another body by a verb (“…执法大队是…镇人民政府下设的事业单位”, “…所为…局的派出机构”,
/// “…中心系…局所属事业单位”, “…属于…”, “…中心与…中心合署办公”) names the unit alone, not one name running over the verb, so a header
/// naming the unit is silent; a unit's 派出机构 sentence is no description of the department; a units section or a shared-office
/// statement printed in a grid's cells is read as in text. A header naming a unit no sentence lists is one FA3014 on its line.
/// </summary>
public class VerbJoinedUnitsIdentityTests
{
    public static TheoryData<string, string, string> Correct => new()
    {
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇综合行政执法大队是遵义市播州区鸭溪镇人民政府下设的事业单位。", "遵义市播州区鸭溪镇综合行政执法大队" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇财政所为遵义市播州区财政局的派出机构，业务上接受鸭溪镇人民政府领导。", "遵义市播州区鸭溪镇人民政府" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇农业服务中心与遵义市播州区鸭溪镇村镇建设服务中心合署办公。", "遵义市播州区鸭溪镇村镇建设服务中心" },
        { "洛阳市西工区司法局", "洛阳市西工区王城路街道司法所是洛阳市西工区司法局的派出机构。", "洛阳市西工区王城路街道司法所" },
        { "六盘水市钟山区卫生健康局", "六盘水市钟山区荷泉街道社区卫生服务中心系六盘水市钟山区卫生健康局所属公益一类事业单位。", "六盘水市钟山区荷泉街道社区卫生服务中心" },
        { "邯郸市丛台区农业农村局", "邯郸市丛台区农业技术推广中心属于邯郸市丛台区农业农村局下属事业单位。", "邯郸市丛台区农业技术推广中心" },
        { "九江市濂溪区自然资源局", "九江市濂溪区不动产登记中心与九江市濂溪区自然资源局合署办公，为公益一类事业单位。", "九江市濂溪区不动产登记中心" },
    };

    public static TheoryData<string, string, string> Wrong => new()
    {
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇综合行政执法大队是遵义市播州区鸭溪镇人民政府下设的事业单位。", "遵义市播州区乌江镇综合行政执法大队" },
        { "遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇农业服务中心与遵义市播州区鸭溪镇村镇建设服务中心合署办公。", "遵义市播州区乌江镇农业服务中心" },
        { "洛阳市西工区司法局", "洛阳市西工区王城路街道司法所是洛阳市西工区司法局的派出机构。", "洛阳市老城区西关街道司法所" },
        { "六盘水市钟山区卫生健康局", "六盘水市钟山区荷泉街道社区卫生服务中心系六盘水市钟山区卫生健康局所属公益一类事业单位。", "六盘水市钟山区民政局" },
        { "九江市濂溪区自然资源局", "九江市濂溪区林业局与九江市濂溪区水利局合署办公。", "九江市濂溪区林业局" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_header_naming_a_unit_the_section_joins_by_a_verb_is_silent(string department, string sentence, string header) =>
        AssertSilent(department, [Document(department, sentence, header)]);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void A_header_naming_a_unit_no_sentence_lists_is_one_finding(string department, string sentence, string header) =>
        AssertOneOther(department, header, "填报单位：" + header, [Document(department, sentence, header)]);

    [Theory]
    [InlineData("遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇财政所为遵义市播州区财政局的派出机构。")]
    [InlineData("洛阳市西工区司法局", "洛阳市西工区王城路街道司法所是洛阳市西工区司法局的派出机构。")]
    public void A_units_own_dispatched_office_sentence_describes_no_department(string department, string sentence) =>
        Assert.Empty(Others(Document(department, sentence, department)));

    [Theory]
    [InlineData("遵义市播州区鸭溪镇人民政府", "遵义市播州区鸭溪镇综合行政执法大队", "遵义市播州区乌江镇综合行政执法大队")]
    [InlineData("兰州市城关区市场监督管理局", "兰州市城关区食品药品检验检测中心", "兰州市七里河区食品药品检验检测中心")]
    public void A_units_grid_lists_units_as_text_does(string department, string unit, string other)
    {
        var grid = $"序号\t单位名称\t单位性质\n1\t{department}本级\t行政单位\n2\t{unit}\t事业单位";
        AssertSilent(department, [Document(department, grid, unit)]);
        AssertOneOther(department, other, "填报单位：" + other, [Document(department, grid, other)]);
    }

    [Theory]
    [InlineData("南宁市青秀区文化广电和体育局", "南宁市青秀区文化广电和体育局加挂南宁市青秀区文物局牌子", "南宁市青秀区文物局", "南宁市兴宁区文物局")]
    [InlineData("杭州市西湖区农业农村局", "本局与区乡村振兴局合署办公", "杭州市西湖区乡村振兴局", "杭州市上城区乡村振兴局")]
    public void A_shared_office_stated_in_a_grid_cell_is_the_departments(string department, string statement, string shared, string other)
    {
        var text = $"2023年度\n\n{department}\n\n部门决算\n\n部门基本情况表\n单位名称\t{department}\n机构情况\t{statement}\n\n"
            + $"公开01表\n\n编制单位：{{0}}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        AssertSilent(department, [string.Format(text, shared)]);
        AssertOneOther(department, other, "编制单位：" + other, [string.Format(text, other)]);
    }

    /// <summary>A 部门决算 of <paramref name="department"/> whose 机构设置 prints <paramref name="units"/>, its table filled in by <paramref name="filler"/>.</summary>
    private static string Document(string department, string units, string filler) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n负责本部门职责范围内的相关工作。\n\n二、机构设置\n\n{units}\n\n"
        + $"第二部分 2023年度部门决算表\n\n公开01表\n\n编制单位：{department}\n\n填报单位：{filler}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
