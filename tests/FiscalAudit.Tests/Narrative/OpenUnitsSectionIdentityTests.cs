using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a 机构设置 section whose end the layout lost (“本部门下属单位包括：…” running into the next part's or table's
/// title, printed as a paragraph or glued after the list) lists no unit in that title: a table's header naming the title's (other)
/// unit is reported once, on its line (the title printed as its own paragraph is checked too: PlainTableTitleIdentityTests), while a
/// unit the list really names still signs a form in silence.
/// </summary>
public class OpenUnitsSectionIdentityTests
{
    private const string Other = "南宁市青秀区民政局";

    [Theory]
    [InlineData("本部门下属单位包括：南宁市青秀区国库集中支付中心。\n\n南宁市青秀区民政局2023年度收入支出决算总表")]
    [InlineData("本部门下属单位包括：\n\n南宁市青秀区民政局部门决算表")]
    [InlineData("本部门下属单位包括：南宁市青秀区国库集中支付中心。南宁市青秀区民政局2023年度收入支出决算总表")]
    [InlineData("本部门下属单位包括：南宁市青秀区国库集中支付中心、南宁市青秀区财政投资评审中心\n\n南宁市青秀区民政局2023年度部门决算")]
    [InlineData("所属单位包括：南宁市青秀区国库集中支付中心。\n\n二〇二三年南宁市青秀区民政局收入支出决算总表")]
    public void A_title_the_section_runs_into_lists_no_unit(string units)
    {
        var header = "编制单位：" + Other;
        var text = Document(units, header);
        var findings = Findings(text, "FA3014");
        Assert.Equal("南宁市青秀区财政局", FromText(text).Department);
        Assert.Single(findings, f => f.Location.Line == DepartmentNameKit.LineOf(text, header));
        Assert.All(findings, f => Assert.Equal(Other, f.Actual));
    }

    [Theory]
    [InlineData("本部门下属单位包括：南宁市青秀区国库集中支付中心。\n\n南宁市青秀区民政局2023年度收入支出决算总表")]
    [InlineData("本部门下属单位包括：南宁市青秀区国库集中支付中心。南宁市青秀区民政局2023年度收入支出决算总表")]
    public void A_unit_the_list_names_still_signs_in_silence(string units) =>
        Assert.DoesNotContain(Findings(Document(units, "填报单位：南宁市青秀区国库集中支付中心"), "FA3014"), f => (string)f.Actual! == "南宁市青秀区国库集中支付中心");

    [Fact]
    public void A_title_of_the_department_itself_in_the_section_is_silent() =>
        Assert.Empty(Findings(Document("本部门下属单位包括：\n\n南宁市青秀区财政局2023年度收入支出决算总表", "编制单位：南宁市青秀区财政局"), "FA3014"));

    /// <summary>A 部门决算 of 南宁市青秀区财政局 whose 机构设置 says <paramref name="units"/>, then a table headed by <paramref name="header"/>.</summary>
    private static string Document(string units, string header) =>
        "2023年度\n\n南宁市青秀区财政局\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n"
        + string.Concat("一二三四五六七八".Select(c => $"（{c}）负责本区财政收支管理相关工作。\n\n"))
        + $"二、机构设置\n\n{units}\n\n公开01表\n\n{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
