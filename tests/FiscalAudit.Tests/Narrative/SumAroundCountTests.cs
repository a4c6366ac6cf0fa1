using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 9 of issue 12, the sum away from its place between count and items: stated before the count (“投入资金120万元，实施
/// 项目3个，分别为：…”, “涉及金额合计120万元的3个项目分别为：…”), or after a count that closes the items written out with their
/// amounts (“A项目50万元、B项目40万元、C项目30万元，共3个项目，合计120万元。”). The count is checked (FA3018) and, when it
/// agrees, the sum (FA3005): one finding per cause.
/// </summary>
public class SumAroundCountTests
{
    private static List<(string Rule, string Message)> Findings(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId is "FA3005" or "FA3018").Select(f => (f.RuleId, f.Message)).ToList();

    public static TheoryData<string> SumBeforeCount => new()
    {
        "2023年投入资金120.00万元，实施项目3个，分别为：农村饮水安全项目50.00万元、高标准农田建设项目40.00万元、乡村道路硬化项目30.00万元。",
        "全年共下达专项资金120万元，支持项目三个，具体包括：社区养老服务项目（50万元）、困难群众救助项目（40万元）、残疾人康复项目（30万元）。",
        "本单位对涉及金额合计120.00万元的3个项目开展了绩效自评，分别为：信息化运维项目50.00万元、档案数字化项目40.00万元、业务培训项目30.00万元。",
        "我局2024年度项目支出预算120万元，共安排项目3个，分别是：防汛物资储备项目预算50万元；河道保洁项目预算40万元；水质监测项目预算30万元。",
    };

    public static TheoryData<string> SumAfterCount => new()
    {
        "2023年度安排社区矫正项目50.00万元、法律援助项目40.00万元、普法宣传项目30.00万元，共3个项目，合计120.00万元。",
        "纳入绩效自评范围的有：文化惠民演出项目50万元、非遗保护项目40万元和图书馆数字化项目30万元，以上3个项目合计120万元。",
        "全年实施农村饮水安全项目50.00万元、高标准农田建设项目40.00万元、乡村道路硬化项目30.00万元，共计三个项目，涉及资金120.00万元，均已完成绩效自评。",
        "分别为：防汛物资储备项目50万元、河道保洁项目40万元、水质监测项目30万元，上述3个项目，资金总额120万元。",
    };

    /// <summary>Items separated by “；”, each with its amount, closed by the count (after a “，” or a “；”).</summary>
    public static TheoryData<string> SemicolonItemsBeforeCount => new()
    {
        "2023年度安排社区矫正项目50.00万元；法律援助项目40.00万元；普法宣传项目30.00万元；合计3个项目，共计120.00万元。",
        "纳入本年度绩效自评范围的项目为：文化惠民演出项目50万元；非遗保护项目40万元；图书馆数字化项目30万元，共3个项目，涉及资金120万元。",
        "全年实施农村饮水安全项目（50.00万元）；高标准农田建设项目（40.00万元）；乡村道路硬化项目（30.00万元），以上三个项目合计120.00万元。",
        "我局2024年度安排防汛物资储备项目预算50万元；河道保洁项目预算40万元；水质监测项目预算30万元；共计3个项目，预算合计120万元。",
    };

    [Theory]
    [MemberData(nameof(SumBeforeCount))]
    [MemberData(nameof(SumAfterCount))]
    [MemberData(nameof(SemicolonItemsBeforeCount))]
    public void A_sum_its_items_make_up_is_no_finding(string text)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal((3, 3), (list.Count, list.Items.Count));
        var sum = Assert.Single(list.Sums);
        Assert.Equal(120m, sum.Stated.Value);
        Assert.Equal(new[] { 50m, 40m, 30m }, sum.Items!.Select(a => a.Value));
        Assert.Empty(Findings(text));
    }

    [Theory]
    [MemberData(nameof(SumBeforeCount))]
    [MemberData(nameof(SumAfterCount))]
    [MemberData(nameof(SemicolonItemsBeforeCount))]
    public void A_sum_its_items_do_not_make_up_is_one_error(string text)
    {
        var wrong = text.Replace("120", "125");
        var (rule, message) = Assert.Single(Findings(wrong));
        Assert.Equal("FA3005", rule);
        Assert.Contains("125", message);
        Assert.Contains("逐项列出的金额之和 120.00", message);
    }

    [Theory]
    [MemberData(nameof(SumBeforeCount))]
    [MemberData(nameof(SumAfterCount))]
    [MemberData(nameof(SemicolonItemsBeforeCount))]
    public void A_count_its_items_do_not_make_is_one_warning_and_no_sum_error(string text)
    {
        var wrong = text.Replace("3个", "4个").Replace("三个", "四个").Replace("120", "125");
        var (rule, message) = Assert.Single(Findings(wrong));
        Assert.Equal("FA3018", rule);
        Assert.Contains("所列为 3 项", message);
    }

    [Theory]
    [InlineData("2023年部门支出合计1500.00万元，其中项目3个，分别为：农村饮水安全项目50.00万元、高标准农田建设项目40.00万元、乡村道路硬化项目30.00万元。")]
    [InlineData("2023年度安排社区矫正项目50.00万元、法律援助项目40.00万元、普法宣传项目30.00万元，另有其他3个项目正在实施，合计支出300.00万元。")]
    [InlineData("办公室、预算科、国库科，共3个科室，2023年支出合计300.00万元。")]
    public void A_sum_that_is_not_of_the_items_is_not_checked_against_them(string text) =>
        Assert.DoesNotContain(Findings(text), f => f.Rule == "FA3005" && f.Message.Contains("逐项列出", StringComparison.Ordinal));

    [Theory]
    [InlineData("2023年度安排社区矫正项目50万元；法律援助项目40万元，共2个项目。", 2, null)]
    [InlineData("2023年度安排社区矫正项目50万元；法律援助项目40万元，共3个项目。", 3, "FA3018“共3个项目”，所列为 2 项（2023年度安排社区矫正项目50万元、法律援助项目40万元）")]
    [InlineData("本年度项目支出合计300.00万元；其中社区矫正项目50.00万元；法律援助项目40.00万元，共2个项目，合计90.00万元。", 2, null)]
    [InlineData("2023年项目支出合计300.00万元；社区矫正项目50.00万元；法律援助项目40.00万元；以上2个项目合计95.00万元。", 2, "FA3005")]
    public void Semicolon_items_stop_at_a_sum_before_them(string text, int count, string? expected)
    {
        var list = Assert.Single(FromText(text).Narrative.Lists);
        Assert.Equal((count, 2), (list.Count, list.Items.Count));
        var found = Findings(text);
        if (expected is null) Assert.Empty(found);
        else Assert.True(Assert.Single(found) is var (rule, message) && (rule + message).Contains(expected, StringComparison.Ordinal), string.Join("\n", found));
    }
}
