using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: the “三公” total is often stated only as the 决算 of a completion (““三公”经费财政拨款支出预算为9.50万元，决算为7.82万元，
/// 完成预算的83.22%”). Shares that name it (“占“三公”经费的74.45%”) or a sentence that opens with it (“…“三公”经费财政拨款支出决算中，
/// …占15.43%”) are of that 决算; and “公务用车购置及运行维护费…。其中：公务用车购置费…；公务用车运行维护费…” names both of its parts,
/// so they add up to it.
/// </summary>
public class OfficialExpenseSharesTests
{
    private const string Shandong = "2024年度“三公”经费财政拨款支出预算为9.50万元，决算为7.82万元，完成预算的82.32%。其中：\n（一）因公出国（境）费支出决算为0.00万元，完成预算的0%。\n（二）公务用车购置及运行维护费支出决算为5.90万元，占“三公”经费的75.45%，完成预算的90.77%。其中：公务用车购置费0.00万元；公务用车运行维护费5.90万元，主要用于城市管理巡查等工作。\n（三）公务接待费支出决算为1.92万元，占“三公”经费的24.55%，完成预算的64.00%。";

    private const string Guangdong = "2024年度“三公”经费财政拨款支出预算为46.00万元，支出决算为41.30万元，完成预算的89.78%。\n2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算6.80万元，占16.46%；公务用车购置及运行维护费支出决算28.50万元，占69.01%；公务接待费支出决算6.00万元，占14.53%。";

    private const string Sichuan = "2024年“三公”经费财政拨款支出年初预算为28.00万元，支出决算为24.60万元，完成预算的87.86%。\n2024年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0%；公务用车购置及运行维护费支出决算19.20万元，占78.05%；公务接待费支出决算5.40万元，占21.95%。\n公务用车购置及运行维护费支出19.20万元。其中：公务用车购置费8.00万元，公务用车运行维护费11.20万元。";

    [Theory]
    [InlineData(Shandong)]
    [InlineData(Guangdong)]
    [InlineData(Sichuan)]
    public void The_right_text_is_silent(string text) => Assert.Empty(NarrativeFindings(FromText(text)));

    [Theory]
    [InlineData(Shandong, "占“三公”经费的75.45%", "占“三公”经费的74.45%", "FA3002", "应为 75.45%")]
    [InlineData(Shandong, "占“三公”经费的24.55%", "占“三公”经费的25.45%", "FA3002", "应为 24.55%")]
    [InlineData(Guangdong, "占14.53%", "占15.43%", "FA3002", "41.30万元的比例应为 14.53%")]
    [InlineData(Sichuan, "占78.05%", "占78.50%", "FA3002", "应为 78.05%")]
    [InlineData(Shandong, "公务用车运行维护费5.90万元", "公务用车运行维护费5.60万元", "FA3005", "≠ 所列构成之和 5.60")]
    [InlineData(Sichuan, "公务用车运行维护费11.20万元", "公务用车运行维护费10.20万元", "FA3005", "≠ 所列构成之和 18.20")]
    public void A_planted_share_or_part_is_found_on_its_line(string text, string right, string wrong, string rule, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.Equal(rule, finding.RuleId);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(text[..text.IndexOf(right, StringComparison.Ordinal)].Count(c => c == '\n') + 1, finding.Location.Line);
    }

    /// <summary>A list of one side only, or of parts that do not name the sides, may leave parts out.</summary>
    [Theory]
    [InlineData("公务用车购置及运行维护费支出19.20万元。其中：公务用车运行维护费11.20万元。")]
    [InlineData("公务用车购置及运行维护费支出19.20万元。其中：燃料费5.00万元，维修费3.00万元。")]
    public void Parts_that_do_not_name_both_sides_may_fall_short(string text) =>
        Assert.Empty(NarrativeFindings(FromText(text)));
}
