using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 class 3: a change sentence that states no 决算 of its own (“公务接待费支出决算比上年减少1.00万元，下降20.00%”) is of the
/// 决算 its quantity was stated with before — also the 决算 of a completion whose label only says “支出决算” after the item's budget.
/// </summary>
public class NamedChangeSubjectTests
{
    private const string Head = "某县农业农村局2023年度部门决算\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n";

    [Theory]
    [InlineData("公务接待费预算为8.00万元，支出决算为5.00万元，完成预算的62.50%。公务接待费支出决算比上年减少1.00万元，下降20.00%。", "16.67%")]
    [InlineData("公务接待费年初预算8.00万元，决算数5.00万元，完成年初预算的62.50%。\n公务接待费决算数较上年减少1.00万元，下降20.00%。", "16.67%")]
    [InlineData("因公出国（境）费预算为4.00万元，支出决算为3.00万元，完成预算的75.00%。因公出国（境）费比上年增加1.00万元，增长33.00%。", "50.00%")]
    public void The_change_is_of_the_completions_actual(string passage, string expected)
    {
        var finding = Assert.Single(Findings(Head + passage + "\n", "FA3003"));
        Assert.Equal(expected, finding.Expected);
    }

    [Theory]
    [InlineData("公务接待费预算为8.00万元，支出决算为5.00万元，完成预算的62.50%。公务接待费支出决算比上年减少1.00万元，下降16.67%。")]
    [InlineData("因公出国（境）费预算为4.00万元，支出决算为3.00万元，完成预算的75.00%。因公出国（境）费比上年增加1.00万元，增长50%。")]
    [InlineData("公务接待费预算为8.00万元，支出决算为5.00万元，完成预算的62.50%。公务用车运行费比上年减少1.00万元，下降20.00%。")]
    public void A_right_change_or_one_of_another_item_is_no_finding(string passage) =>
        Assert.Empty(Findings(Head + passage + "\n", "FA3003"));
}
