using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Budget figures stated before one 决算 and its rate: the rate is of the budget its words name (年初预算, 调整预算), of the one
/// budget stated, or of the last of budgets of one thing; budgets of different things leave it unknown, so no other thing's
/// budget is checked against it.
/// </summary>
public class BudgetAttributionTests
{
    private static List<string> Completions(string text) => Messages(text, "FA3004");

    [Theory]
    [InlineData("A项目预算50万元，B项目预算40万元，执行88万元，执行率97.78%。")]
    [InlineData("培训费预算20万元，会议费预算10万元，实际支出28万元，完成预算的93.33%。")]
    [InlineData("办公费年初预算12.00万元，印刷费年初预算8.00万元，全年支出19.00万元，预算执行率95.00%。")]
    public void Budgets_of_different_things_before_one_rate_leave_its_budget_unknown(string text)
    {
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Budget is not null);
        Assert.Empty(Completions(text));
    }

    [Theory]
    [InlineData("年初预算50万元，调整预算45万元，执行40万元，完成年初预算的80%。", "50")]
    [InlineData("年初预算50.00万元，调整后预算45.00万元，实际支出40.00万元，完成调整后预算的88.89%。", "45.00")]
    [InlineData("公务接待费年初预算10.00万元，全年预算8.00万元，支出决算6.00万元，完成年初预算的60.00%。", "10.00")]
    [InlineData("年初预算50万元，调整预算45万元，执行40万元，执行率88.89%。", "45")]
    public void A_rate_is_of_the_budget_its_words_name_else_of_the_last_budget_of_the_same_thing(string text, string budget)
    {
        var completion = Assert.Single(FromText(text).Narrative.Facts, f => f.Budget is not null);
        Assert.Equal(budget, completion.Budget!.Value.Text);
        Assert.Empty(Completions(text));
    }

    [Theory]
    [InlineData("年初预算50万元，调整预算45万元，执行40万元，完成年初预算的88.89%。", "预算 50万元、决算（执行数）40万元，完成率应为 80.00%")]
    [InlineData("年初预算50.00万元，调整后预算45.00万元，实际支出40.00万元，完成调整后预算的80.00%。", "预算 45.00万元、决算（执行数）40.00万元，完成率应为 88.89%")]
    public void A_rate_that_does_not_match_the_budget_it_names_is_found(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Completions(text)));

    [Theory]
    [InlineData("办公费年初预算10.00万元，调整预算12.00万元，执行9.00万元，完成调整预算的80.00%。", "“办公费”调整预算 12.00万元、决算（执行数）9.00万元，完成率应为 75.00%")]
    [InlineData("差旅费年初预算10.00万元，实际执行9.00万元，执行率为80.00%。", "“差旅费”年初预算 10.00万元、决算（执行数）9.00万元，完成率应为 90.00%")]
    [InlineData("培训费全年预算20.00万元，执行数为15.00万元，完成全年预算的80.00%。", "“培训费”全年预算 20.00万元、决算（执行数）15.00万元，完成率应为 75.00%")]
    [InlineData("印刷费预算数为5.00万元，实际执行数4.00万元，预算执行率为90.00%。", "“印刷费”预算 5.00万元、决算（执行数）4.00万元，完成率应为 80.00%")]
    [InlineData("年初预算50.00万元，调整后预算45.00万元，执行数为40.00万元，完成年初预算的90.00%。", "年初预算 50.00万元、决算（执行数）40.00万元，完成率应为 80.00%")]
    public void What_was_spent_after_a_budget_is_its_actual_and_the_message_names_the_budget_compared(string text, string expected)
    {
        var message = Assert.Single(Completions(text));
        Assert.StartsWith(expected, message);
        Assert.DoesNotContain("“调整”", message);
    }

    [Theory]
    [InlineData("本年度项目经费88万元，其中A项目预算50万元，执行48万元，B项目预算40万元，执行40万元。")]
    [InlineData("专项业务费88.00万元，其中社区矫正项目预算数50.00万元，实际支出48.00万元；法律援助项目预算数40.00万元，实际支出40.00万元。")]
    [InlineData("本年度专项资金88万元，其中A项目预算50万元，执行数为48万元，B项目预算40万元，执行数为40万元。")]
    [InlineData("本年度专项资金88万元，其中A项目预算50万元，实际执行48万元，B项目预算40万元，实际执行40万元。")]
    public void A_budget_followed_by_what_was_spent_of_it_is_no_part_of_the_whole(string text)
    {
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Whole is not null && f.Amount?.Value == 50m);
        Assert.Empty(Messages(text, "FA3005"));
    }

    [Theory]
    [InlineData("项目经费支出88万元，其中A项目预算50万元，执行48万元，B项目预算40万元，执行45万元。", "中的执行数88万元小于所列各项执行数之和 93.00")]
    [InlineData("项目支出88.00万元，其中社区矫正项目预算数50.00万元，实际支出48.00万元；法律援助项目预算数40.00万元，实际支出42.00万元。", "中的执行数88.00万元小于所列各项执行数之和 90.00")]
    [InlineData("项目经费支出88万元，其中A项目预算50万元，实际执行48万元，B项目预算40万元，实际执行45万元。", "中的执行数88万元小于所列各项执行数之和 93.00")]
    public void What_was_spent_of_each_part_is_still_checked_against_a_spent_whole(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Messages(text, "FA3005")));
}
