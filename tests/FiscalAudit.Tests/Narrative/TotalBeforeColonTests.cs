using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A total stated before a colon (“合计120.00万元：A 60.00万元，B 50.00万元”, “支出总计为30万元：…”) is the whole of the list after
/// it, and promises every part; so is a sum stated in the next sentence (“…分别为A…、B…。以上合计…”) of the amounts before: parts that
/// do not add up to it are FA3005; parts that do, only examples, or amounts already broken down give none.
/// </summary>
public class TotalBeforeColonTests
{
    [Theory]
    [InlineData("2023年度项目支出合计120.00万元：培训项目60.00万元，信息化建设项目50.00万元。")]
    [InlineData("政府采购支出总计为30万元：货物类10万元、服务类25万元。")]
    [InlineData("本部门“三公”经费共计9.81万元：因公出国（境）费0万元；公务用车购置及运行维护费9.28万元；公务接待费0.63万元。")]
    public void Parts_that_do_not_add_up_to_the_total_before_the_colon_are_FA3005(string text) =>
        Assert.Single(Findings(text, "FA3005"));

    [Theory]
    [InlineData("2023年度项目支出合计120.00万元：培训项目60.00万元，信息化建设项目60.00万元。")]
    [InlineData("本部门“三公”经费共计9.81万元：因公出国（境）费0万元；公务用车购置及运行维护费9.28万元；公务接待费0.53万元。")]
    [InlineData("公用经费81.68万元：主要用于办公费8.11万元、水电费2.30万元。")]
    public void Parts_that_add_up_or_only_examples_give_no_finding(string text) => Assert.Empty(Findings(text, "FA3005"));

    [Theory]
    [InlineData("2023年度项目支出分别为培训项目60.00万元、信息化建设项目50.00万元。以上合计120.00万元。")]
    [InlineData("政府采购支出中，货物类10万元，服务类25万元。上述合计30万元，均为政府采购合同金额。")]
    public void Amounts_that_do_not_add_up_to_the_sum_in_the_next_sentence_are_FA3005(string text) =>
        Assert.Single(Findings(text, "FA3005"));

    [Theory]
    [InlineData("2023年度项目支出分别为培训项目60.00万元、信息化建设项目50.00万元。以上合计110.00万元。")]
    [InlineData("本年支出合计100.00万元，其中：基本支出60.00万元，项目支出30.00万元。以上合计100.00万元。")]
    public void A_sum_in_the_next_sentence_that_adds_up_or_follows_a_breakdown_gives_no_finding(string text) => Assert.Empty(Findings(text, "FA3005"));

    [Fact]
    public void The_parts_are_the_totals()
    {
        var facts = FromText("2023年度项目支出合计120.00万元：培训项目60.00万元，信息化建设项目60.00万元。").Narrative.Facts;
        var total = Assert.Single(facts, f => f.Amount?.Value == 120.00m);
        Assert.Equal(2, total.Parts.Count);
        Assert.True(total.PartsAreComplete);
    }
}
