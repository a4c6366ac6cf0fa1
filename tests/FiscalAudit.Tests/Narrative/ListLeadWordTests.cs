using FiscalAudit.Extract.Narrative;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The words that open a list (list-leads.json) as provinces write them: “具体为/包含/涵盖/明细如下” promise every
/// part like “分别为”, “主要用于/主要涉及” only examples like “主要包括”, and the lead is never part of the first label.
/// </summary>
public class ListLeadWordTests
{
    private static List<string> Fa3005(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3005").Select(f => f.Message).ToList();

    [Theory]
    [InlineData("具体为")]
    [InlineData("具体是")]
    [InlineData("包含")]
    [InlineData("涵盖")]
    [InlineData("明细如下")]
    [InlineData("按支出功能分类分别为")]
    [InlineData("按功能科目分")]
    public void A_list_that_promises_every_part_must_add_up(string lead)
    {
        var adds = $"2023年度一般公共预算财政拨款项目支出356.80万元，{lead}：信息系统运维经费120.50万元、档案数字化经费86.30万元、业务培训经费150.00万元。";
        var falls = $"2023年度一般公共预算财政拨款项目支出356.80万元，{lead}：信息系统运维经费120.50万元、档案数字化经费86.30万元、业务培训经费100.00万元。";
        var whole = Assert.Single(FromText(adds).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.Equal(3, whole.Parts.Count);
        Assert.Equal("信息系统运维经费", whole.Parts[0].Quantity);
        Assert.Empty(Fa3005(adds));
        Assert.Contains("≠ 所列构成之和 306.80", Assert.Single(Fa3005(falls)));
    }

    [Theory]
    [InlineData("主要用于")]
    [InlineData("主要涉及")]
    [InlineData("主要包含")]
    [InlineData("其中")]
    public void A_list_of_examples_may_add_up_to_less_but_never_to_more(string lead)
    {
        var less = $"本年度商品和服务支出218.45万元，{lead}：办公费35.20万元、印刷费12.60万元、差旅费41.05万元。";
        var more = $"本年度商品和服务支出218.45万元，{lead}：办公费135.20万元、印刷费12.60万元、差旅费141.05万元。";
        Assert.Empty(Fa3005(less));
        Assert.Contains("小于所列各项之和 288.85", Assert.Single(Fa3005(more)));
    }

    [Theory]
    [InlineData("其他收入30.57万元具体为：离退休人员生活补助29.52万元，业务培训经费0.75万元，党员教育补助0.30万元。", "30.57")]
    [InlineData("其他收入30.57万元包含：离退休人员生活补助29.52万元，业务培训经费0.65万元，党员教育补助0.30万元。", "30.47")]
    public void A_lead_word_right_after_the_whole_opens_the_list(string text, string sum)
    {
        var whole = Assert.Single(FromText(text).Narrative.Facts, f => f.Parts.Count > 0);
        Assert.True(whole.PartsAreComplete);
        var findings = Fa3005(text);
        Assert.Equal(sum != "30.57", findings.Count == 1);
        Assert.All(findings, m => Assert.Contains($"所列构成之和 {sum}", m));
    }

    [Theory]
    [InlineData("具体为：", true, false)]
    [InlineData("包含", true, false)]
    [InlineData("主要用于", false, true)]
    [InlineData("主要包括", false, true)]
    [InlineData("其中：", false, false)]
    [InlineData("具体如下：", false, false)]
    public void Each_lead_word_says_what_it_promises(string lead, bool every, bool examples)
    {
        Assert.Equal(every, Labels.LeadIsComplete(lead));
        Assert.Equal(examples, Labels.LeadIsExamples(lead));
        Assert.True(ListLeads.Default.AtStart(lead).Success);
    }

    [Theory]
    [InlineData("本部门共有4个内设机构，具体为：办公室、财务科、业务一科、业务二科。", 4, true)]
    [InlineData("本部门共有4个内设机构，涵盖：办公室、财务科、业务一科。", 4, false)]
    [InlineData("本部门共有4个内设机构，主要涉及：办公室、财务科。", 4, true)]
    public void A_count_takes_its_items_after_the_same_lead_words(string text, int count, bool agrees)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal(count, list.Count);
        Assert.Equal(agrees, list.Agrees);
    }
}
