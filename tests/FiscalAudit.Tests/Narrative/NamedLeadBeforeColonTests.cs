using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// “机关运行经费支出74.84万元。机关运行经费主要用于：办公费7.82万元，…”: a sentence that opens with the name of an amount stated before
/// and a lead word closed by a colon lists that amount's parts, as the glued “机关运行经费主要用于办公费…” does: parts over the whole are
/// one FA3005; parts within it, a name that no amount before bears, or a lead word that opens no list of parts are no finding.
/// </summary>
public class NamedLeadBeforeColonTests
{
    private const string Head = "（一）机关运行经费支出情况\n\n2020年度本部门机关运行经费支出74.84万元，比2019年增加5.36万元，增长7.71%。";

    [Theory]
    [InlineData("机关运行经费主要用于：办公费7.82万元，劳务费80.00万元。", true)]
    [InlineData("主要原因是：一是劳务费增加4.20万元；二是办公设备购置费增加1.16万元。机关运行经费主要用于：办公费7.82万元，劳务费80.00万元。", true)]
    [InlineData("机关运行经费具体包括：办公费7.82万元，劳务费60.00万元。", true)]
    [InlineData("机关运行经费主要用于：办公费7.82万元，劳务费42.83万元。", false)]
    [InlineData("机关运行经费具体包括：办公费7.82万元，劳务费42.83万元，其他24.19万元。", false)]
    [InlineData("会议费主要用于：办公费7.82万元，劳务费80.00万元。", false)]
    public void A_named_lead_before_a_colon_lists_the_parts_of_that_amount(string sentence, bool wrong)
    {
        var findings = Findings(Head + sentence, "FA3005");
        Assert.Equal(wrong ? 1 : 0, findings.Count);
        if (wrong) Assert.Contains("机关运行经费支出", findings[0].Message, StringComparison.Ordinal);
    }
}
