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
    [InlineData(SumsStated, "政府性基金预算财政拨款收入30.00万元", "政府性基金预算财政拨款收入35.00万元", "“财政拨款收入合计”1,230.00万元 ≠ 所列构成之和 1235.00")]
    public void A_planted_error_on_one_side_is_found_once(string text, string right, string wrong, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        Assert.Contains(expected, Assert.Single(Fa3005(text.Replace(right, wrong, StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023年度财政拨款收入支出决算总计1,250.00万元。收入包括一般公共预算财政拨款收入和政府性基金预算财政拨款收入；支出包括基本支出和项目支出。")]
    [InlineData("2023年度财政拨款收入支出决算总计1,250.00万元。支出包括：基本支出1,000.00万元，较上年增加50.00万元，项目支出250.00万元。")]
    [InlineData("2023年度项目支出合计250.00万元。收入包括：一般公共预算财政拨款收入200.00万元，其他收入60.00万元。")]
    public void Sides_without_amounts_with_a_change_or_without_a_total_of_their_own_are_no_breakdown(string text) =>
        Assert.Empty(FromText(text).Narrative.Breakdowns);
}
