using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: one list of citing words (citations.json's opens) for the cover, the department's description of itself and the
/// statements that it shares an office — “参照《…》的规定，”, “经…研究决定…”, “接…通知” cite as “根据” does — and a decision cited after
/// the body it set up (“X局根据《…》（…〔2019〕12号）设立，是…的工作部门”) skipped where the department's identity is weighed.
/// </summary>
public class CitingWordsIdentityTests
{
    /// <summary>A description of another place's department after a citation opened by a word the descriptions did not know, or citing its decision after its name: one finding on its line.</summary>
    [Theory]
    [InlineData("参照《永宁县机构改革方案》（永党办发〔2019〕12号）的规定，永宁县应急管理局是县政府工作部门。", "永宁县应急管理局")]
    [InlineData("遵照《永宁县机构改革方案》的要求，永宁县应急管理局为县政府工作部门。", "永宁县应急管理局")]
    [InlineData("参照《银川市机构改革方案》（银党办发〔2019〕3号），永宁县应急管理局为永宁县人民政府工作部门。", "永宁县应急管理局")]
    [InlineData("永宁县应急管理局根据《永宁县机构改革方案》（永党办发〔2019〕12号）设立，是县政府工作部门。", "永宁县应急管理局")]
    [InlineData("永宁县应急管理局是根据《永宁县机构改革方案》设立的县政府工作部门。", "永宁县应急管理局")]
    [InlineData("永宁县应急管理局按照《宁夏回族自治区机构改革方案》的要求，为县政府直属机构。", "永宁县应急管理局")]
    public void A_copied_description_after_any_citing_word_is_one_finding(string duties, string other)
    {
        var text = Described("贺兰县应急管理局", duties, "贺兰县应急管理局");
        Assert.Equal(("贺兰县应急管理局", other, LineOf(text, duties)), TheOneOther(text));
    }

    /// <summary>A shared-office statement opened by an unmarked citation with a word the statements did not know joins its bodies.</summary>
    [Theory]
    [InlineData("经贺兰县机构编制委员会研究决定贺兰县应急管理局同贺兰县地震局合署办公。")]
    [InlineData("经县委县政府批准贺兰县应急管理局与贺兰县地震局合署办公。")]
    [InlineData("接贺兰县机构改革方案通知贺兰县应急管理局同贺兰县地震局合署办公。")]
    public void A_statement_cited_by_any_citing_word_joins_its_bodies(string statement) =>
        AssertSilent("贺兰县应急管理局", [Described("贺兰县应急管理局", statement, "贺兰县地震局")]);

    /// <summary>A name right after any citing word, on the cover, is never the department (“经银川市财政局批准”).</summary>
    [Theory]
    [InlineData("经银川市财政局批准")]
    [InlineData("接银川市财政局通知")]
    [InlineData("参照银川市财政局要求")]
    public void A_cited_body_on_the_cover_is_not_the_department(string cited)
    {
        var text = $"{cited}\n\n编制单位：贺兰县应急管理局\n\n2023年度部门决算\n\n一、部门职责\n\n贺兰县应急管理局是县政府工作部门。\n\n公开01表\n\n编制单位：贺兰县应急管理局\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        AssertSilent("贺兰县应急管理局", [text]);
    }

    /// <summary>
    /// A department describing itself with its founding decision cited after its name weighs for it against a header copied onto its
    /// first page from another department: the department is the one its description and its tables name, the copied header one finding.
    /// </summary>
    [Theory]
    [InlineData("贺兰县应急管理局根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）设立，是县政府工作部门。")]
    [InlineData("贺兰县应急管理局依据《中共贺兰县委 贺兰县人民政府关于印发〈贺兰县机构改革实施方案〉的通知》(贺党发[2019]5号)组建，为县人民政府工作部门。")]
    [InlineData("贺兰县应急管理局是根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）设立的县政府工作部门。")]
    [InlineData("贺兰县应急管理局按照《宁夏回族自治区机构改革方案》的要求，为县政府直属机构。")]
    public void A_self_description_citing_its_decision_after_its_name_weighs_for_it(string duties)
    {
        var text = $"编制单位：永宁县应急管理局\n\n一、部门职责\n\n{duties}\n\n公开02表\n\n编制单位：贺兰县应急管理局\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        Assert.Equal(("贺兰县应急管理局", "永宁县应急管理局", 1), TheOneOther(text));
    }

    /// <summary>The document of <paramref name="department"/> stating <paramref name="duties"/> under 部门职责, its table headed by <paramref name="header"/>.</summary>
    private static string Described(string department, string duties, string header) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{duties}\n\n二、机构设置\n\n本部门无下属单位。\n\n公开01表\n\n编制单位：{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
