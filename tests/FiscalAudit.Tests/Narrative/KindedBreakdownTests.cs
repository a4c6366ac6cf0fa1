using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 4 of issue 12: a whole that states amounts of several kinds (预算/执行, 年初预算/调整预算/决算) before “其中/分别为/包括”,
/// and parts that each state amounts of those kinds: each amount of the whole against the parts' amounts of its kind (FA3005),
/// one finding per kind that does not add up, naming the kind.
/// </summary>
public class KindedBreakdownTests
{
    private static List<string> Fa3005(string text) => Messages(text, "FA3005");

    [Theory]
    [InlineData("项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元，B项目预算40万元，执行40万元。")]
    [InlineData("2023年度项目支出预算数为90.00万元，实际支出88.00万元，其中：社区矫正项目预算数50.00万元，实际支出48.00万元；法律援助项目预算数40.00万元，实际支出40.00万元。")]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。")]
    [InlineData("项目支出预算90万元，执行88万元。其中：A项目预算50万元，执行48万元；B项目预算40万元，执行40万元。")]
    [InlineData("项目支出预算数90.00万元，实际支出88.00万元，执行率97.78%，包括：A项目预算数50.00万元，实际支出48.00万元，执行率96.00%；B项目预算数40.00万元，实际支出40.00万元，执行率100.00%。")]
    public void Parts_of_both_kinds_that_add_up_are_no_finding(string text)
    {
        var breakdown = Assert.Single(FromText(text).Narrative.Breakdowns);
        Assert.Equal(2, breakdown.Items.Count);
        Assert.Equal(new[] { "预算", "执行" }, breakdown.Sums.Select(s => s.Kind));
        Assert.All(breakdown.Sums, s => Assert.Equal(2, s.Sum.Items!.Count));
        Assert.Empty(Fa3005(text));
    }

    [Theory]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目预算50万元，执行48万元；B项目预算45万元，执行40万元。", "中的预算数90万元 ≠ 所列各项预算数之和 95.00（50＋45，差 5.00）")]
    [InlineData("项目支出预算数90.00万元，实际支出88.00万元，执行率97.78%，包括：A项目预算数50.00万元，实际支出48.00万元，执行率96.00%；B项目预算数40.00万元，实际支出38.00万元，执行率95.00%。", "中的执行数88.00万元 ≠ 所列各项执行数之和 86.00（48.00＋38.00，差 2.00）")]
    [InlineData("项目支出预算90万元，执行88万元，包括：A项目预算50万元，执行48万元，执行率96%，B项目预算40万元，执行38万元，执行率95%。", "中的执行数88万元 ≠ 所列各项执行数之和 86.00")]
    [InlineData("项目支出预算90万元，执行86万元，其中：A项目预算50万元，执行48万元，B项目预算40万元，执行40万元。", "中的执行数86万元小于所列各项执行数之和 88.00（48＋40，超出 2.00）")]
    [InlineData("项目支出预算90万元，执行88万元。其中：A项目预算50万元，执行48万元；B项目预算45万元，执行40万元。", "中的预算数90万元小于所列各项预算数之和 95.00")]
    public void A_kind_whose_parts_do_not_add_up_is_one_error_naming_the_kind(string text, string expected)
    {
        var message = Assert.Single(Fa3005(text));
        Assert.Contains(expected, message);
        Assert.StartsWith("“项目支出预算", message);
    }

    [Fact]
    public void Three_kinds_are_each_checked_against_their_own_parts()
    {
        const string Text = "专项经费年初预算100.00万元，调整预算95.00万元，决算90.00万元，分别为：1.培训费年初预算60.00万元，调整预算55.00万元，决算52.00万元；2.会议费年初预算40.00万元，调整预算40.00万元，决算38.00万元。";
        var breakdown = Assert.Single(FromText(Text).Narrative.Breakdowns);
        Assert.Equal(new[] { "年初预算", "调整预算", "执行" }, breakdown.Sums.Select(s => s.Kind));
        Assert.Empty(Fa3005(Text));
        Assert.Contains("中的调整预算数95.00万元 ≠ 所列各项调整预算数之和 100.00", Assert.Single(Fa3005(Text.Replace("调整预算40.00万元", "调整预算45.00万元"))));
        Assert.Equal(2, Fa3005(Text.Replace("决算90.00万元", "决算80.00万元").Replace("年初预算100.00万元", "年初预算110.00万元")).Count);
    }

    [Theory]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目执行48万元，B项目执行40万元。", false)]
    [InlineData("项目支出预算90万元，执行88万元，分别为：A项目执行48万元，B项目执行45万元。", true)]
    [InlineData("项目支出预算90万元，执行88万元，其中：A项目执行48万元、B项目执行45万元。", true)]
    public void Parts_of_one_kind_check_only_that_kind(string text, bool exceeds)
    {
        var breakdown = Assert.Single(FromText(text).Narrative.Breakdowns);
        Assert.Null(Assert.Single(breakdown.Sums, s => s.Kind == "预算").Sum.Items);
        var messages = Fa3005(text);
        Assert.Equal(exceeds ? 1 : 0, messages.Count);
        Assert.All(messages, m => Assert.Contains("执行数", m));
    }

    [Fact]
    public void A_whole_of_one_amount_is_read_when_its_parts_state_two_kinds()
    {
        const string Text = "项目支出执行88万元，其中：A项目预算50万元，执行48万元；B项目预算40万元，执行45万元。";
        var sum = Assert.Single(Assert.Single(FromText(Text).Narrative.Breakdowns).Sums);
        Assert.Equal("执行", sum.Kind);
        Assert.Contains("中的执行数88万元小于所列各项执行数之和 93.00", Assert.Single(Fa3005(Text)));
    }

    [Fact]
    public void A_list_closed_by_deng_may_add_up_to_less()
    {
        const string Text = "项目支出预算90万元，执行88万元，分别为：A项目预算50万元，执行48万元；B项目预算30万元，执行30万元等。";
        Assert.False(Assert.Single(FromText(Text).Narrative.Breakdowns).Complete);
        Assert.Empty(Fa3005(Text));
        Assert.Equal(2, Fa3005(Text.Replace("。", string.Empty).Replace("等", "。")).Count);
    }

    [Theory]
    [InlineData("基本支出80万元，项目支出20万元，其中：信息化建设15万元，业务培训5万元。")]
    [InlineData("财政拨款收入90万元，支出88万元，其中：基本支出60万元，项目支出28万元。")]
    [InlineData("支出合计88万元，其中：基本支出60万元，项目支出28万元。")]
    public void Amounts_of_one_kind_or_none_are_left_to_the_plain_breakdown(string text) => Assert.Empty(FromText(text).Narrative.Breakdowns);

    [Fact]
    public void A_sum_stated_with_a_count_is_reported_once()
    {
        const string Text = "共安排项目2个，预算合计90.00万元，执行合计86.00万元，其中：A项目预算50.00万元，执行48.00万元，B项目预算40.00万元，执行40.00万元。";
        Assert.Single(FromText(Text).Narrative.Breakdowns);
        Assert.Contains("所述“执行合计”86.00万元 ≠ 逐项列出的金额之和 88.00", Assert.Single(Fa3005(Text)));
    }

    [Fact]
    public void Every_part_of_a_long_list_is_a_place_of_its_finding()
    {
        // 14 projects, the 执行 of the whole 2.00 below its parts: the reviewer is shown where every part is stated, not the first 12.
        var names = new[] { "政务大厅运维", "电子政务外网", "热线运行", "档案数字化", "网络安全等级保护", "办公楼维修", "数据中心租赁", "业务培训", "法律顾问", "宣传印刷", "信息系统升级", "视频会议", "审批平台", "政务公开" };
        // One part to a line, as a PDF wraps a long paragraph: the first shares its line with the whole.
        var text = "项目支出预算140.00万元，执行138.00万元，分别为：" + string.Join("；\n", names.Select(n => n + "项目预算10.00万元，执行10.00万元")) + "。";
        var finding = Assert.Single(Findings(text, "FA3005"));
        Assert.Contains("中的执行数138.00万元 ≠ 所列各项执行数之和 140.00", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(2, 13), finding.RelatedLocations.Select(l => l.Line ?? 0));
    }
}
