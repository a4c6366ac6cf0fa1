using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 2): a 情况说明 written in 元 (“…支出68000元，比上年增加6000元…”) is read in 万元 for comparing, but the message prints
/// money in the unit the text printed: every amount cited in 元 as printed, the amounts worked out in 元 too. A message citing an amount
/// in 万元 stays in 万元, an amount printed in 元 then shown with its conversion.
/// </summary>
public class YuanMessageTests
{
    [Theory]
    [InlineData("2020年度本部门机关运行经费支出68000元，比上年增加6000元，增长10.00%。", "FA3003", "本年 68000元，增加 6000元，上年应为 62000元，变动率应为 9.68%")]
    [InlineData("2021年度“三公”经费支出52300元，比上年减少4700元（上年为58000元），下降8.10%。", "FA3003", "本年 52300元，说明所写上年为 58000元，增减额应为减少 5700元，说明写为减少 4700元")]
    [InlineData("2022年度部门会议费支出15,600.50元，较上年减少1,200.50元，下降6.15%。", "FA3003", "本年 15,600.50元，减少 1,200.50元，上年应为 16,801.00元")]
    [InlineData("2020年度本部门政府采购支出总额88000元，其中：政府采购货物支出48000元、政府采购工程支出0元、政府采购服务支出38000元。", "FA3005", "88000元 ≠ 所列构成之和 86000元（48000元＋0元＋38000元，差 2000元）")]
    [InlineData("2020年度本部门政府采购支出总额88000元，其中：政府采购货物支出、工程支出和服务支出分别为48000元、0元和38000元。", "FA3005", "88000元 ≠ 所列构成之和 86000元")]
    [InlineData("2023年度“三公”经费支出50000元，其中：公务接待费12000元，占42.00%；公务用车运行维护费38000元，占76.00%。", "FA3002", "“公务接待费”12000元占““三公”经费支出”50000元")]
    [InlineData("2023年度公务接待费年初预算50000元，支出决算45000元，完成年初预算的80.00%。", "FA3004", "年初预算 50000元、决算（执行数）45000元，完成率应为 90.00%")]
    public void A_message_about_amounts_printed_in_yuan_shows_yuan(string text, string rule, string words)
    {
        var message = Assert.Single(Messages(text, rule));
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.DoesNotContain("万元", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020年度本部门机关运行经费支出6.80万元，比上年增加0.60万元，增长10.00%。", "FA3003", "本年 6.80万元，增加 0.60万元，上年应为 6.20 万元")]
    [InlineData("2020年度本部门机关运行经费支出68000元，比上年增加0.60万元，增长10.00%。", "FA3003", "本年 6.80万元（原文为“68000元”，已换算为万元），增加 0.60万元")]
    [InlineData("2020年度本部门政府采购支出总额8.80万元，其中：政府采购货物支出4.80万元、政府采购工程支出0万元、政府采购服务支出3.60万元。", "FA3005", "8.80万元 ≠ 所列构成之和 8.40（4.80＋0＋3.60，差 0.40）")]
    public void A_message_citing_wan_yuan_stays_in_wan_yuan(string text, string rule, string words) =>
        Assert.Contains(words, Assert.Single(Messages(text, rule)), StringComparison.Ordinal);
}
