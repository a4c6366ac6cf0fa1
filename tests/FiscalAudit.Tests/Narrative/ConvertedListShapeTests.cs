using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The list shapes of the regional 情况说明 (issue 12 classes 2, 5, 6, 7): a bracket of an item's own parts after its amount
/// inside a “；” list, shares of the list's whole stated by amounts after the list, “财政拨款收、支总计各增加…” of a total named
/// “财政拨款收入支出决算总计”, and counts listed after “其中，” separated by “，”.
/// </summary>
public class ConvertedListShapeTests
{
    [Theory]
    [InlineData("“三公”经费财政拨款支出决算为9.00万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费7.00万元（其中：公务用车购置费0万元，公务用车运行维护费7.00万元）；公务接待费{0}万元。")]
    [InlineData("“三公”经费财政拨款支出决算为9.00万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费7.00万元(其中：公务用车购置费0万元，公务用车运行维护费7.00万元)；公务接待费{0}万元。")]
    [InlineData("2024年度“三公”经费财政拨款支出决算为9.00万元，完成预算的90.00%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为7.00万元（其中：公务用车购置费0万元，公务用车运行维护费7.00万元）；公务接待费支出决算为{0}万元。")]
    public void An_item_after_a_bracket_of_parts_is_still_a_part_of_the_whole(string template)
    {
        var finding = OnlyWhenWrong(template, "2.00", "3.00");
        Assert.Equal(("FA3005", 9.00m, 10.00m), (finding.RuleId, finding.Expected, finding.Actual));
    }

    [Theory]
    // shares of the whole stated by amounts after its list (政府采购: 中小企业, 小微企业)
    [InlineData("政府采购支出总额1,000.00万元，其中：政府采购货物支出500.00万元、政府采购工程支出200.00万元、政府采购服务支出300.00万元；授予中小企业合同金额850.00万元，占政府采购支出总额的{0}%，其中授予小微企业合同金额600.00万元，占政府采购支出总额的60.00%。", "85.00", "80.00", "FA3002", "85.00%")]
    [InlineData("本部门政府采购支出总额1,000.00万元，其中：政府采购货物支出500.00万元，政府采购工程支出200.00万元，政府采购服务支出300.00万元；授予中小企业合同金额850.00万元，占政府采购支出总额的{0}%。", "85.00", "80.00", "FA3002", "85.00%")]
    [InlineData("2024年度政府采购支出总额1,000.00万元，其中：政府采购货物支出500.00万元、政府采购工程支出200.00万元、政府采购服务支出300.00万元；授予中小企业合同金额850.00万元，占政府采购支出总额的{0}%，其中：授予小微企业合同金额600.00万元，占政府采购支出总额的60.00%；货物采购授予中小企业合同金额占货物支出金额的90.00%。", "85.00", "80.00", "FA3002", "85.00%")]
    // “财政拨款收、支总计各增加…” of “财政拨款收、支总计…” / “财政拨款收入支出决算总计…”
    [InlineData("2024年度财政拨款收、支总计11,800.00万元。与2023年相比，财政拨款收、支总计各增加800.00万元，增长{0}%。", "7.27", "7.72", "FA3003", "7.27%")]
    [InlineData("2024年度财政拨款收入支出决算总计11,800.00万元。与上年相比，财政拨款收、支总计各增加800.00万元，增长{0}%。", "7.27", "7.72", "FA3003", "7.27%")]
    [InlineData("本部门2024年度财政拨款收、支总计均为11,800.00万元，与上年相比，财政拨款收、支总计各增加800.00万元，增长{0}%，主要原因是老旧小区改造项目增加。", "7.27", "7.72", "FA3003", "7.27%")]
    public void A_planted_rate_is_found_once_with_the_right_one(string template, string right, string wrong, string rule, string expected)
    {
        var finding = OnlyWhenWrong(template, right, wrong);
        Assert.Equal(rule, finding.RuleId);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("截至2024年12月31日，本部门共有车辆7辆，其中，副部（省）级及以上领导用车0辆，主要负责人用车0辆，机要通信用车1辆，应急保障用车0辆，执法执勤用车{0}辆，特种专业技术用车0辆，离退休干部服务用车0辆，其他用车2辆，其他用车主要是用于后勤保障的车辆。")]
    [InlineData("截至2024年12月31日，共有车辆7辆，其中，机要通信用车1辆，执法执勤用车{0}辆，其他用车2辆。单价100万元（含）以上设备（不含车辆）0台（套）。")]
    [InlineData("截至2024年12月31日，本单位共有车辆7辆，其中，执法执勤用车{0}辆，特种专业技术用车1辆，其他用车2辆；单价50万元以上通用设备1台（套）。")]
    public void Counts_after_qizhong_and_a_comma_run_on_over_commas(string template)
    {
        var finding = OnlyWhenWrong(template, "4", "5");
        Assert.Equal(("FA3005", 7m, 8m), (finding.RuleId, finding.Expected, finding.Actual));
    }

    /// <summary>The text with <paramref name="right"/> filled in gives no narrative finding; with <paramref name="wrong"/>, one: returned.</summary>
    private static Finding OnlyWhenWrong(string template, string right, string wrong)
    {
        Assert.Empty(NarrativeFindings(FromText(string.Format(template, right))));
        return Assert.Single(NarrativeFindings(FromText(string.Format(template, wrong))));
    }
}
