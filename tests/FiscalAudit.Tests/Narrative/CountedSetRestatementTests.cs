using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 4): one set counted twice in a 情况说明 (安徽 county wording: “本部门组织对2020年度8个项目开展了绩效自评”), the second
/// time in another paragraph or section. The same words after the count (and a label of nothing but subjects, tallies and the year)
/// name the same set: a different number is one FA3007 on the second statement; the same number, another set (“批复了绩效目标”), a
/// part (“其中”), last year's or another body's set give no finding.
/// </summary>
public class CountedSetRestatementTests
{
    private const string Anhui = "anhui-county-data-bureau.txt";

    private const string Stated = "本部门组织对2020年度8个项目开展了绩效自评，涉及一般公共预算当年财政拨款108.78万元，自评覆盖率100%。\n";

    private const string Assets = "单位价值100万元以上专用设备0台（套）。\n";

    private static string With(string after, string sentence)
    {
        var text = Text(Anhui);
        Assert.Equal(1, text.Split(after).Length - 1);
        return text.Replace(after, after + "\n" + sentence + "\n", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我部门共有8个项目开展了绩效自评，自评结果已按要求公开。")]
    [InlineData("本部门共有9个项目批复了绩效目标，涉及资金120.00万元。")]
    [InlineData("其中，本级3个项目开展了绩效自评。")]
    [InlineData("上年共对6个项目开展了绩效自评。")]
    [InlineData("所属单位共对2个项目开展了绩效自评。")]
    [InlineData("本部门共有9个项目开展了绩效运行监控。")]
    [InlineData("预期目标：新建农村公益性公墓6个，补助村（社区）30个，有效遏制乱埋乱葬。\n实际完成情况：新建农村公益性公墓6个，补助村（社区）32个，乱埋乱葬现象明显减少。")]
    public void The_same_count_or_another_set_gives_no_finding(string sentence) =>
        Assert.Empty(Check(With(Stated, sentence)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    /// <summary>The later statement is reported, naming the earlier one (the 国有资产 section comes before the 绩效 section).</summary>
    [Theory]
    [InlineData(Stated, "我部门共有9个项目开展了绩效自评，自评结果已按要求公开。", "我部门共有9个", "前文（第319行）为“8个项目开展绩效自评”")]
    [InlineData(Stated, "2020年度，本部门共对7个项目开展了绩效自评。", "本部门共对7个", "前文（第319行）为“8个项目开展绩效自评”")]
    [InlineData(Assets, "本部门对9个项目开展绩效自评，自评结果良好。", "组织对2020年度8个", "为“9个项目开展绩效自评”")]
    public void Another_count_of_the_same_set_is_one_finding_on_the_later(string after, string sentence, string reported, string named)
    {
        var text = With(after, sentence);
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3007", LineOf(text, reported)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }
}
