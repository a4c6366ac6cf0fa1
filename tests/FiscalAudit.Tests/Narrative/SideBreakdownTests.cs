using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 4 of issue 12: a total of both sides followed by the parts of each (“财政拨款收入支出决算总计…。收入包括：…；支出包括：…”,
/// the Sichuan “收入包括年初结转和结余…、本年财政拨款收入…；支出包括…”, “收、支总计均为…。财政拨款收入包括：…”) is two breakdowns of the
/// total, one per side; so is a total of each side stated apart (“收入总计…，支出总计…。收入包括…”). Each side's parts add up to
/// its total; a side listed with “主要包括” only must not exceed it.
/// </summary>
public class SideBreakdownTests
{
    private const string Shanghai = "2023年度财政拨款收入支出决算总计1,250.00万元。收入包括：一般公共预算财政拨款收入1,200.00万元，政府性基金预算财政拨款收入30.00万元，年初财政拨款结转和结余20.00万元；支出包括：一般公共预算财政拨款支出1,180.00万元，政府性基金预算财政拨款支出30.00万元，年末财政拨款结转和结余40.00万元。";

    private const string Sichuan = "2023年财政拨款收入支出决算总计8,352.30万元，收入包括年初结转和结余250.00万元、本年财政拨款收入8,102.30万元；支出包括本年财政拨款支出8,152.30万元、年末结转和结余200.00万元。与2022年相比，财政拨款收、支总计各减少297.70万元，下降3.44%。";

    private const string BothAtOnce = "2023年度财政拨款收、支总计均为1,206.45万元。财政拨款收入包括：一般公共预算财政拨款收入1,150.00万元，政府性基金预算财政拨款收入50.00万元，年初财政拨款结转和结余6.45万元；财政拨款支出主要包括：一般公共预算财政拨款支出1,150.00万元，政府性基金预算财政拨款支出50.00万元。";

    private const string EachApart = "2023年度财政拨款收入总计1,206.45万元，支出总计1,206.45万元。收入包括：一般公共预算财政拨款收入1,150.00万元，政府性基金预算财政拨款收入50.00万元，年初财政拨款结转和结余6.45万元；支出包括：一般公共预算财政拨款支出1,100.00万元，政府性基金预算财政拨款支出50.00万元，年末财政拨款结转和结余56.45万元。";

    private const string SumsStated = "2023年度财政拨款收入合计1,230.00万元，包括：一般公共预算财政拨款收入1,200.00万元，政府性基金预算财政拨款收入30.00万元；支出合计1,210.00万元，包括：一般公共预算财政拨款支出1,180.00万元，政府性基金预算财政拨款支出30.00万元。";

    private static List<string> Fa3005(string text) => Messages(text, "FA3005");

    [Theory]
    [InlineData(Shanghai, 3, 3)]
    [InlineData(Sichuan, 2, 2)]
    [InlineData(BothAtOnce, 3, 2)]
    [InlineData(EachApart, 3, 3)]
    public void Each_side_is_a_breakdown_of_its_total_and_the_right_text_is_silent(string text, int income, int spending)
    {
        var sides = FromText(text).Narrative.Breakdowns.Select(b => Assert.Single(b.Sums)).ToList();
        Assert.Equal(new[] { ("收入", income), ("支出", spending) }, sides.Select(s => (s.Kind, s.Sum.Items!.Count)));
        Assert.Empty(Fa3005(text));
    }

    [Fact]
    public void Sums_stated_for_each_side_are_checked_once_as_before() => Assert.Empty(Fa3005(SumsStated));

    [Theory]
    [InlineData(Shanghai, "年初财政拨款结转和结余20.00万元", "年初财政拨款结转和结余25.00万元", "中的收入数1,250.00万元 ≠ 所列各项收入数之和 1255.00（1,200.00＋30.00＋25.00，差 5.00）")]
    [InlineData(Shanghai, "年末财政拨款结转和结余40.00万元", "年末财政拨款结转和结余30.00万元", "中的支出数1,250.00万元 ≠ 所列各项支出数之和 1240.00（1,180.00＋30.00＋30.00，差 10.00）")]
    [InlineData(Sichuan, "年末结转和结余200.00万元", "年末结转和结余210.00万元", "中的支出数8,352.30万元 ≠ 所列各项支出数之和 8362.30（8,152.30＋210.00，差 10.00）")]
    [InlineData(Sichuan, "本年财政拨款收入8,102.30万元", "本年财政拨款收入8,120.30万元", "中的收入数8,352.30万元 ≠ 所列各项收入数之和 8370.30")]
    [InlineData(BothAtOnce, "政府性基金预算财政拨款支出50.00万元", "政府性基金预算财政拨款支出60.00万元", "中的支出数1,206.45万元小于所列各项支出数之和 1210.00（1,150.00＋60.00，超出 3.55）")]
    [InlineData(EachApart, "年末财政拨款结转和结余56.45万元", "年末财政拨款结转和结余65.45万元", "“支出总计1,206.45万元”中的支出数1,206.45万元 ≠ 所列各项支出数之和 1215.45")]
    [InlineData(SumsStated, "政府性基金预算财政拨款收入30.00万元", "政府性基金预算财政拨款收入35.00万元", "“财政拨款收入合计”1,230.00万元 ≠ 所列构成之和 1,235.00")]
    public void A_planted_error_on_one_side_is_found_once(string text, string right, string wrong, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        Assert.Contains(expected, Assert.Single(Fa3005(text.Replace(right, wrong, StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    /// <summary>The total stated in the paragraph before the one that lists each side (Guangdong, Shandong 街道).</summary>
    private const string GuangdongAbove = "2024年度财政拨款收入总计55,700.00万元，支出总计55,700.00万元。与2023年相比，财政拨款收、支总计各减少1,400.00万元，下降2.45%。\n收入包括：本年财政拨款收入52,800.00万元，年初财政拨款结转和结余2,900.00万元；支出包括：本年财政拨款支出53,400.00万元，年末财政拨款结转和结余2,300.00万元。";

    private const string ShandongAbove = "2024年度财政拨款收、支总计6,712.60万元。与2023年度相比，财政拨款收、支总计各增加432.60万元，增长6.89%。\n财政拨款收入包括：本年财政拨款收入6,412.60万元，年初财政拨款结转和结余300.00万元；财政拨款支出包括：本年财政拨款支出6,492.60万元，年末财政拨款结转和结余220.00万元。";

    [Theory]
    [InlineData(GuangdongAbove, "年初财政拨款结转和结余2,900.00万元", "年初财政拨款结转和结余2,090.00万元", "中的收入数55,700.00万元 ≠ 所列各项收入数之和 54890.00（52,800.00＋2,090.00，差 810.00）")]
    [InlineData(GuangdongAbove, "本年财政拨款支出53,400.00万元", "本年财政拨款支出53,500.00万元", "中的支出数55,700.00万元 ≠ 所列各项支出数之和 55800.00")]
    [InlineData(ShandongAbove, "年末财政拨款结转和结余220.00万元", "年末财政拨款结转和结余202.00万元", "中的支出数6,712.60万元 ≠ 所列各项支出数之和 6694.60（6,492.60＋202.00，差 18.00）")]
    [InlineData(ShandongAbove, "本年财政拨款收入6,412.60万元", "本年财政拨款收入6,421.60万元", "中的收入数6,712.60万元 ≠ 所列各项收入数之和 6721.60")]
    public void A_total_of_the_paragraph_before_is_the_whole_of_each_side_listed(string text, string right, string wrong, string expected)
    {
        Assert.Empty(Fa3005(text));
        Assert.Equal(2, FromText(text).Narrative.Breakdowns.Count);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3005"));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Location.Line);
    }

    [Theory]
    [InlineData("2023年度项目支出合计250.00万元。\n收入包括：一般公共预算财政拨款收入200.00万元，其他收入60.00万元。")]
    [InlineData("2023年度财政拨款收入总计1,250.00万元。\n（二）支出情况\n收入包括：一般公共预算财政拨款收入1,200.00万元，其他收入60.00万元。")]
    public void A_paragraph_before_without_the_sides_total_or_a_heading_between_gives_no_breakdown(string text) =>
        Assert.Empty(FromText(text).Narrative.Breakdowns);

    [Theory]
    [InlineData("2023年度财政拨款收入支出决算总计1,250.00万元。收入包括一般公共预算财政拨款收入和政府性基金预算财政拨款收入；支出包括基本支出和项目支出。")]
    [InlineData("2023年度财政拨款收入支出决算总计1,250.00万元。支出包括：基本支出1,000.00万元，较上年增加50.00万元，项目支出250.00万元。")]
    [InlineData("2023年度项目支出合计250.00万元。收入包括：一般公共预算财政拨款收入200.00万元，其他收入60.00万元。")]
    public void Sides_without_amounts_with_a_change_or_without_a_total_of_their_own_are_no_breakdown(string text) =>
        Assert.Empty(FromText(text).Narrative.Breakdowns);
}
