using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12, class 4: a 部门预算 编制说明 (and a 决算 情况说明) often names one source of the income after “其中” and goes on with the
/// spending after “；” — “收入预算3,121.42万元，其中一般公共预算拨款收入3,121.42万元；支出预算3,121.42万元，…”. The spending is no
/// part of the income (label-words.json flows): no false FA3005, while parts that do exceed their whole are still found.
/// </summary>
public class IncomeThenSpendingListTests
{
    [Theory]
    [InlineData("2025年本部门收入预算3,121.42万元，其中一般公共预算拨款收入3,121.42万元；支出预算3,121.42万元，比2024年预算增加107.62万元，增长3.57%。", "支出预算")]
    [InlineData("2025年收入预算850.00万元，其中：一般公共预算拨款收入850.00万元；支出预算850.00万元，其中：基本支出600.00万元，项目支出250.00万元。", "支出预算")]
    [InlineData("2023年度本年收入合计500.00万元，其中财政拨款收入500.00万元；本年支出合计480.00万元，主要用于人员经费和日常运转。", "本年支出合计")]
    [InlineData("2024年度支出决算1,200.00万元，其中基本支出1,200.00万元；收入决算1,250.00万元。", "收入决算")]
    public void Spending_after_one_source_of_income_is_no_part_of_it(string text, string other)
    {
        var facts = FromText(text).Narrative.Facts;
        Assert.Contains(facts, f => f.Quantity.EndsWith(other, StringComparison.Ordinal) && f.Whole is null);
        Assert.Empty(Messages(text, "FA3005"));
    }

    [Theory]
    [InlineData("2025年本部门收入预算3,121.42万元，其中一般公共预算拨款收入3,121.42万元，政府性基金预算拨款收入20.00万元；支出预算3,121.42万元。", "“本部门收入预算”3,121.42万元小于所列各项之和")]
    [InlineData("2025年收入预算850.00万元，其中：一般公共预算拨款收入850.00万元；支出预算850.00万元，其中：基本支出600.00万元，项目支出260.00万元。", "“支出预算”850.00万元小于所列各项之和")]
    public void Parts_of_either_side_that_exceed_their_whole_are_still_found(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Messages(text, "FA3005")));
}
