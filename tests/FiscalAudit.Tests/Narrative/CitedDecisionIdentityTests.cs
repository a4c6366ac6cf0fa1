using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a decision cited inside a sentence (“根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）的规定，…”, “我局根据《…》（…号）与县地震局合署办公”)
/// is skipped where names are read: a place in the cited title names neither the department nor its other name, a shared-office
/// statement citing its decision mid-sentence still joins its bodies, and a department's description of itself after a citation is read
/// as any other — silent when it names the department or itself, one FA3014 on its line when it names another place's body (copied).
/// </summary>
public class CitedDecisionIdentityTests
{
    public static TheoryData<string, string, string> Joined => new()
    {
        { "贺兰县应急管理局", "我局根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）与县地震局合署办公。", "贺兰县地震局" },
        { "贺兰县应急管理局", "根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）贺兰县应急管理局同贺兰县地震局合署办公。", "贺兰县地震局" },
        { "贺兰县应急管理局", "根据《银川市机构改革方案》（银党办发〔2019〕3号）的规定，贺兰县应急管理局与贺兰县地震局合署办公。", "贺兰县地震局" },
        { "银川市西夏区应急管理局", "本局根据《银川市西夏区机构改革方案》（西党办发〔2019〕3号）加挂银川市西夏区地震局牌子。", "银川市西夏区地震局" },
        { "长春市宽城区工业和信息化局", "根据《中共长春市委办公厅 长春市人民政府办公厅关于印发〈长春市宽城区机构改革实施方案〉的通知》(长办发[2019]5号)要求，长春市宽城区工业和信息化局、长春市宽城区中小企业局合署办公。", "长春市宽城区中小企业局" },
    };

    public static TheoryData<string, string, string> Copied => new()
    {
        { "贺兰县应急管理局", "永宁县应急管理局根据《永宁县机构改革方案》（永党办发〔2019〕12号）与永宁县地震局合署办公。", "永宁县地震局" },
        { "银川市西夏区应急管理局", "银川市金凤区应急管理局根据《银川市机构改革方案》（银党办发〔2019〕3号）加挂银川市金凤区地震局牌子。", "银川市金凤区地震局" },
    };

    [Theory]
    [MemberData(nameof(Joined))]
    public void A_shared_office_statement_citing_its_decision_joins_its_bodies(string department, string statement, string header) =>
        AssertSilent(department, Placed(department, statement, header));

    [Theory]
    [MemberData(nameof(Copied))]
    public void Another_departments_statement_citing_its_decision_joins_nothing(string department, string statement, string header) =>
        AssertOneOther(department, header, "编制单位：" + header, Placed(department, statement, header));

    [Theory]
    [InlineData("根据《永宁县机构改革方案》（永党办发〔2019〕12号）的规定，本局是县政府工作部门。")]
    [InlineData("根据《宁夏回族自治区机构改革方案》（宁党发〔2018〕60号），贺兰县应急管理局是县政府工作部门。")]
    [InlineData("按照《永宁县应急管理局职能配置、内设机构和人员编制规定》要求，贺兰县应急管理局为县政府工作部门。")]
    public void A_self_description_after_a_citation_naming_another_place_is_silent(string duties) =>
        AssertSilent("贺兰县应急管理局", Placed("贺兰县应急管理局", duties, "贺兰县应急管理局"));

    [Theory]
    [InlineData("根据《永宁县机构改革方案》（永党办发〔2019〕12号）的规定，永宁县应急管理局是县政府工作部门。", "永宁县应急管理局")]
    [InlineData("依据《吉林市机构改革方案》(吉市办发[2019]7号)，吉林市船营区民政局为区政府工作部门。", "吉林市船营区民政局")]
    public void A_copied_self_description_after_a_citation_is_one_finding_on_its_line(string duties, string other)
    {
        var department = other.StartsWith("吉林", StringComparison.Ordinal) ? "吉林市昌邑区民政局" : "贺兰县应急管理局";
        var text = $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{duties}\n\n公开01表\n\n编制单位：{department}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        Assert.Equal((department, other, LineOf(text, duties)), TheOneOther(text));
    }

    [Fact]
    public void Without_a_cover_a_cited_title_does_not_name_the_department()
    {
        var text = "一、部门职责\n\n根据《永宁县应急管理局职能配置规定》（永党办发〔2019〕12号），贺兰县应急管理局是县政府工作部门。\n\n"
            + "根据《永宁县应急管理局机构改革方案》，贺兰县应急管理局负责全县应急管理工作。\n\n公开01表\n\n编制单位：贺兰县应急管理局\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        AssertSilent("贺兰县应急管理局", [text]);
    }

    /// <summary>The document of <paramref name="department"/> stating <paramref name="statement"/> under 部门职责 and under 部门基本情况, its table headed by <paramref name="header"/>.</summary>
    private static IEnumerable<string> Placed(string department, string statement, string header)
    {
        var cover = $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n";
        var table = $"\n\n公开01表\n\n编制单位：{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        yield return cover + $"一、部门职责\n\n{statement}\n\n二、机构设置\n\n本部门无下属单位。" + table;
        yield return cover + $"一、部门基本情况\n\n{statement}" + table;
    }
}
