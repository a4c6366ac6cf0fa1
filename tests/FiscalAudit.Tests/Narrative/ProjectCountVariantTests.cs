using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 9: “共X个项目，涉及资金Y万元” and the projects written out after it — in the same sentence, in numbered
/// paragraphs (1.…, （一）…) after “具体如下：”, or in paragraphs “一是…二是…” after the sentence — are held against the
/// count (FA3018) and the sum (FA3005); a count and sum that agree are silent.
/// </summary>
public class ProjectCountVariantTests
{
    private const string Report = "2023年度部门整体支出绩效自评报告\n\n一、项目绩效自评情况\n\n";

    private static readonly string[] Projects = { "办公楼维修项目", "信息化建设项目", "业务培训项目" };

    private static readonly decimal[] Amounts = { 50.00m, 40.00m, 30.00m };

    /// <summary>The statement with <paramref name="count"/> and <paramref name="total"/>, the three projects written out in <paramref name="form"/>.</summary>
    private static string Statement(string form, string count, string total)
    {
        var lead = $"2023年度我单位共对{count}个项目开展绩效自评，涉及资金{total}万元";
        string Item(int i, string number, string tail) => $"{number}{Projects[i]}，预算{Amounts[i]:0.00}万元{tail}";
        return form switch
        {
            "list" => $"{lead}，分别为：{string.Join("、", Projects.Select((p, i) => $"{p}{Amounts[i]:0.00}万元"))}。",
            "一是" => lead + "。" + string.Concat(Projects.Select((_, i) => "\n\n" + Item(i, "一二三"[i] + "是", "，项目已全部完成。"))),
            "1." => lead + "，具体如下：" + string.Concat(Projects.Select((_, i) => "\n\n" + Item(i, $"{i + 1}.", "。"))),
            "（一）" => lead + "，具体如下：" + string.Concat(Projects.Select((_, i) => "\n\n" + Item(i, $"（{"一二三"[i]}）", "。"))),
            _ => throw new ArgumentException(form),
        };
    }

    /// <summary>How the projects are written out: see <see cref="Statement"/>.</summary>
    public static TheoryData<string> Forms => new() { "list", "一是", "1.", "（一）" };

    private static List<(string Rule, string Message)> Findings(string text) =>
        NarrativeFindings(FromText(Report + text + "\n")).Where(f => f.RuleId is "FA3018" or "FA3005").Select(f => (f.RuleId, f.Message)).ToList();

    [Theory]
    [MemberData(nameof(Forms))]
    public void Projects_that_agree_with_the_count_and_the_sum_are_silent(string form)
    {
        Assert.Empty(Findings(Statement(form, "3", "120.00")));
        Assert.Empty(Findings(Statement(form, "三", "120.00")));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_wrong_count_is_one_warning_naming_the_projects_and_a_wrong_sum_one_error_with_both_amounts(string form)
    {
        var count = Assert.Single(Findings(Statement(form, "四", "120.00")));
        Assert.Equal("FA3018", count.Rule);
        Assert.Contains("所列为 3 项", count.Message);
        Assert.All(Projects, p => Assert.Contains(p, count.Message));
        Assert.DoesNotContain("2.", count.Message);

        var sum = Assert.Single(Findings(Statement(form, "3", "130.00")));
        Assert.Equal("FA3005", sum.Rule);
        Assert.Contains("130.00万元 ≠ 逐项列出的金额之和 120.00（50.00＋40.00＋30.00，差 10.00）", sum.Message);
    }

    [Theory]
    [InlineData("三个项目涉及资金合计120.00万元，分别为A项目50.00万元、B项目40.00万元、C项目30.00万元。", null)]
    [InlineData("三个项目涉及资金合计130.00万元，分别为A项目50.00万元、B项目40.00万元、C项目30.00万元。", "130.00万元 ≠ 所列构成之和 120.00")]
    [InlineData("三个项目涉及资金合计100.00万元，分别为A项目50.00万元、B项目40.00万元、C项目30.00万元。", "100.00万元 ≠ 所列构成之和 120.00")]
    [InlineData("共十二个项目开展绩效自评，分别为：电费、水费、物业费、印刷费、邮电费、差旅费、会议费、培训费、劳务费、工会经费、福利费、其他交通费用。", null)]
    [InlineData("共十二个项目开展绩效自评，分别为：电费、水费、物业费、印刷费、邮电费、差旅费、会议费、培训费、劳务费、工会经费、福利费。", "所列为 11 项")]
    public void Lists_after_分别为_with_amounts_or_a_count_in_Chinese_numerals(string text, string? finding)
    {
        var findings = Findings(text);
        if (finding is null) Assert.Empty(findings);
        else Assert.Contains(finding, Assert.Single(findings).Message);
    }

    [Fact]
    public void Sections_numbered_after_a_count_are_no_list_of_it()
    {
        // Only “一是…” points follow a count without a colon: headings “一、…” “（一）…” are the report's own outline.
        var text = "2023年度我单位共对4个项目开展绩效自评，涉及资金130.00万元。\n\n（一）办公楼维修项目，预算50.00万元。\n\n（二）信息化建设项目，预算40.00万元。";
        Assert.Empty(Findings(text));
    }
}
