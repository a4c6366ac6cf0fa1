using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Budgets broken down into budgets in a 决算 or 绩效自评 text (“收入预算100万元，其中财政拨款预算80万元，事业收入预算20万元”): the whole
/// is the budget before 其中, every part is read — none held as the budget of a rate that never comes — and the parts are checked
/// against the whole as those of an amount spent are, rounding-aware.
/// </summary>
public class BudgetBreakdownTests
{
    [Theory]
    [InlineData("2023年收入预算100万元，其中财政拨款预算80万元，事业收入预算20万元。", "收入预算", 100, 2)]
    [InlineData("2023年支出预算100万元，其中：基本支出预算60万元，项目支出预算40万元。", "支出预算", 100, 2)]
    [InlineData("本部门2024年收入预算总计250.00万元，其中：一般公共预算财政拨款预算200.00万元，事业收入预算30.00万元，其他收入预算20.00万元。", "收入预算总计", 250, 3)]
    [InlineData("本项目资金年初预算数32万元，其中：财政拨款32万元，其他资金0万元。", "本项目资金年初预算数", 32, 2)]
    [InlineData("本年度部门预算收入合计1,234.56万元，其中财政拨款预算1,000.00万元，其他收入预算234.57万元。", "本年度部门预算收入合计", 1234.56, 2)]
    [InlineData("全年预算数为86.50万元，包括：人员经费预算60.00万元、公用经费预算26.50万元。", "全年预算数", 86.50, 2)]
    [InlineData("2023年年初预算100万元，其中：基本支出60万元，项目支出40万元。", "年初预算", 100, 2)]
    [InlineData("全年预算数为86.50万元，其中：基本支出60.00万元，项目支出26.50万元。", "全年预算数", 86.50, 2)]
    [InlineData("本单位2024年调整预算312.40万元，其中基本支出212.40万元、项目支出100.00万元。", "调整预算", 312.40, 2)]
    [InlineData("年初预算数为98.7万元，其中：工资福利支出60.2万元，商品和服务支出30.5万元，资本性支出8万元。", "年初预算数", 98.7, 3)]
    public void Every_budget_listed_after_a_budget_is_its_part(string text, string whole, double amount, int parts)
    {
        var d = FromText(text);
        var total = Assert.Single(d.Narrative.Facts, f => f.Parts.Count > 0);
        Assert.Equal(whole, total.Quantity);
        Assert.Equal((decimal)amount, total.Amount!.Value.Value);
        Assert.Equal(parts, total.Parts.Count);
        Assert.DoesNotContain(d.Narrative.Facts, f => f.Whole is null && f != total);
        Assert.Empty(Messages(text, "FA3005"));
    }

    [Theory]
    [InlineData("2023年收入预算100万元，其中财政拨款预算80万元，事业收入预算30万元。", "“收入预算”100万元小于所列各项之和 110.00")]
    [InlineData("2023年支出预算100.00万元，其中：基本支出预算70.00万元，项目支出预算40.00万元。", "“支出预算”100.00万元小于所列各项之和 110.00")]
    [InlineData("本部门2024年收入预算总计250.00万元，分别为：一般公共预算财政拨款预算200.00万元，事业收入预算30.00万元，其他收入预算10.00万元。", "“收入预算总计”250.00万元 ≠ 所列构成之和 240.00")]
    [InlineData("本项目资金年初预算数32万元，其中：财政拨款32万元，其他资金2万元。", "“本项目资金年初预算数”32万元小于所列各项之和 34.00")]
    [InlineData("本年度部门预算收入合计1234万元，其中财政拨款预算1000.4万元，其他收入预算234.4万元。", "1234万元小于所列各项之和 1234.80")]
    [InlineData("2023年年初预算100万元，其中：基本支出60万元，项目支出50万元。", "“年初预算”100万元小于所列各项之和 110.00")]
    [InlineData("本单位2024年调整预算250.00万元，其中基本支出180.00万元、项目支出75.00万元。", "“调整预算”250.00万元小于所列各项之和 255.00")]
    [InlineData("年初预算数为98.7万元，其中：工资福利支出60.2万元，商品和服务支出30.5万元，资本性支出8.5万元。", "“年初预算数”98.7万元小于所列各项之和 99.20")]
    public void Budget_parts_that_do_not_fit_their_whole_are_found(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Messages(text, "FA3005")));

    [Theory]
    [InlineData("项目支出预算90万元，其中A项目预算50万元，执行48万元，B项目预算40万元，执行45万元。")]
    [InlineData("收入预算100万元，其中：财政拨款预算80万元，实际支出78万元；事业收入预算20万元，实际支出25万元。")]
    [InlineData("年初预算100万元，其中：基本支出80万元，实际支出78万元；项目支出20万元，实际支出19万元。")]
    public void A_budget_followed_by_what_was_spent_of_it_is_still_no_part_of_a_budget(string text) =>
        Assert.DoesNotContain(FromText(text).Narrative.Facts, f => f.Whole is not null && f.Amount?.Value is 50m or 80m);

    /// <summary>What was received or spent after a list of budgets ends the list: no part of the budget, no false FA3005.</summary>
    [Theory]
    [InlineData("收入预算100万元，其中财政拨款预算80万元，事业收入预算20万元，实际收入95万元。", 95)]
    [InlineData("支出预算200万元，其中基本支出预算150万元，项目支出预算50万元，支出决算190万元。", 190)]
    [InlineData("年初预算100万元，其中：基本支出预算60万元，项目支出预算40万元，实际支出98.5万元。", 98.5)]
    public void An_amount_spent_after_a_list_of_budgets_is_no_part_of_it(string text, double spent)
    {
        Assert.Empty(Messages(text, "FA3005"));
        Assert.Contains(FromText(text).Narrative.Facts, f => f.Amount?.Value == (decimal)spent && f.Whole is null);
    }
    [Theory]
    [InlineData("2023年年初预算100万元，其中：基本支出60万元，项目支出40万元；全年支出98万元，完成年初预算的90%。", "年初预算 100万元、决算（执行数）98万元，完成率应为 98.00%")]
    [InlineData("本单位年初预算86.50万元，其中：人员支出60.00万元，公用支出26.50万元；支出决算80.00万元，完成年初预算的92.49%。", null)]
    [InlineData("本单位年初预算86.50万元，其中：人员支出60.00万元，公用支出26.50万元；支出决算80.00万元，完成年初预算的95.00%。", "年初预算 86.50万元、决算（执行数）80.00万元，完成率应为 92.49%")]
    public void A_budget_broken_down_is_still_the_budget_of_a_rate_that_follows_in_its_sentence(string text, string? expected)
    {
        var findings = Findings(text, "FA3004");
        if (expected is null) Assert.Empty(findings);
        else Assert.Contains(expected, Assert.Single(findings).Message);
    }

    [Fact]
    public void A_part_of_a_budget_broken_down_is_no_actual_of_it() =>
        Assert.Empty(Findings("2023年年初预算100万元，其中：基本支出60万元，项目支出40万元，完成预算的90%。", "FA3004"));
}
