using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Whole evaluation reports as third parties and departments write them (issue 12, class 8), under SelfEvaluation/WholeReports: not the
/// indicator table alone but 一、项目基本情况 (立项依据, 资金安排 with 预算, 到位 and 支出 and a 执行率), 二、绩效评价工作开展情况 (the scheme
/// and the grade bands in words), 三、综合评价情况及评价结论 (“综合得分为86.5分，评价等级为“良””, each first-level score in the text:
/// “决策指标得分13.5分（满分15分）”), 四、绩效评价指标分析 (each indicator discussed with its score), 五 to 七 and the appendix
/// 评价指标体系及评分表. Four reports: 瑞金 sewage (15/25/25/35, received as a Word file), 柳州 bicycles (20/20/40/20, the Word file printed
/// to PDF by LibreOffice), 钦州 自然资源局 部门整体 (its own 10/30/35/25 and 90/75/60 bands, a text export) and 都匀 bridges (15/25/25/35
/// with 小计 rows, its table printed over two pages of a PDF). The PDFs are their Word files set as official documents are (三号仿宋 on
/// 28-point lines, the table in 五号), seven pages each. Clean, each gives no error or warning; each planted copy gives its one plant.
/// </summary>
public class WholeEvaluationReportTests
{
    private const string Folder = "WholeReports";

    /// <summary>Each report, the format it is received in, and the plant of its planted copy: rule, the end of the finding's row, its column.</summary>
    public static TheoryData<string, string, string[]> Reports => new()
    {
        { "ruijin-sewage-15-25-25-35.md", "docx", ["FA4012 评价报告结论 -"] },
        { "liuzhou-bicycle-20-20-40-20.md", "pdf", ["FA4007 等级 -"] },
        { "qinzhou-natural-resources-department.md", "txt", ["FA3004 - -"] },
        { "duyun-bridges-subtotals-15-25-25-35.md", "pdf", ["FA4012 过程 -"] },
    };

    public static TheoryData<string, string> Clean() => RedTeamFormKit.Formats(Reports);

    private static AuditResult Received(string name, string format) => RedTeamFormKit.ReceivedFrom(Folder, name, format);

    /// <summary>Errors and warnings of every rule as “rule row column”.</summary>
    private static List<string> Reported(AuditResult result) =>
        result.Findings.Where(f => f.Severity <= Severity.Warning).Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_report_is_read_whole_and_gives_no_error_or_warning(string name, string format)
    {
        var result = Received(name, format);

        var report = Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Equal(100m, report.TotalWeight?.Value);
        Assert.Equal(report.ReportedScore?.Value, report.Recomputation?.RecomputedScore);
        Assert.Equal(report.ReportedScore?.Value, report.Summary?.Score?.Value);
        Assert.NotNull(report.Funds.PrintedRate);
        Assert.Equal(["决策", "过程", "产出", "效益"], report.StatedGroupScores.Select(s => s.Label).Distinct());
        Assert.Empty(result.Findings.Where(f => f.Severity <= Severity.Warning).Select(f => $"{f.RuleId} {f.Location.Row} {f.Message}"));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_plant_is_found_once_at_its_place(string name, string format, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(Reported(Received(name.Replace(".", "-planted.", StringComparison.Ordinal), format)), plants);

    /// <summary>
    /// An indicator scored above its weight (瑞金 资金分配合理性 2.5 of 2, its group, the total and the text raised with it), and full marks
    /// for a target the 扣分原因 says was missed (钦州 国土空间规划编制完成率: “县级规划编制滞后，尚未完成”, no actual value printed): one finding each.
    /// </summary>
    [Theory]
    [InlineData("ruijin-sewage-15-25-25-35.md", "docx", "FA4001 资金分配合理性 得分",
        "| 资金分配合理性 | 2 | 分配合理得满分 | 2 |", "| 资金分配合理性 | 2 | 分配合理得满分 | 2.5 |", "| 100 | | 86.5 |", "| 100 | | 87 |",
        "综合得分为86.5分", "综合得分为87分", "决策指标得分13.5分", "决策指标得分14分", "决策指标满分15分，评价得分13.5分", "决策指标满分15分，评价得分14分")]
    [InlineData("qinzhou-natural-resources-department.md", "txt", "FA4008 国土空间规划编制完成率 得分",
        "| 9 | 100%得满分，否则酌情扣分 | 7 | 3个县级规划成果尚在修改 |", "| 9 | 100%得满分，否则酌情扣分 | 9 | 县级规划编制滞后，尚未完成 |", "| 100 | | 91.5 |", "| 100 | | 93.5 |",
        "自评得分为91.5分", "自评得分为93.5分", "产出指标得分33分", "产出指标得分35分", "产出指标满分35分，自评得分33分", "产出指标满分35分，自评得分35分")]
    public void A_score_the_table_and_text_carry_consistently_is_one_finding_at_its_indicator(string name, string format, string plant, params string[] edits)
    {
        var text = Edited(Text(name, Folder), edits.Chunk(2).Select(e => (e[0], e[1])));

        EachPlantIsReportedOnceAtItsPlace(Reported(RedTeamFormKit.Received(name, text, format)), [plant]);
    }

    /// <summary>Full marks with a 扣分原因 that says the target was missed, however the miss is worded, is one FA4008 at the score.</summary>
    [Theory]
    [InlineData("因资金未及时拨付导致编制进度滞后")]
    [InlineData("截至年底已完成2个县级规划，尚未完成年度目标3个")]
    public void Full_marks_with_a_reason_that_says_missed_is_one_finding(string reason) =>
        EachPlantIsReportedOnceAtItsPlace(Reported(RedTeamFormKit.Received("qinzhou-natural-resources-department.md", WithFullMarks(reason), "txt")),
            ["FA4008 国土空间规划编制完成率 得分"]);

    /// <summary>
    /// Full marks with a 扣分原因 that names a delay the year made up for (“前期滞后，年底前已全部完成”) or no miss at all (“尚未发现质量
    /// 问题”) is no missed target: no finding (钦州, the total and the text raised with the score as in the plant above).
    /// </summary>
    [Theory]
    [InlineData("县级规划编制前期滞后，年底前已全部完成")]
    [InlineData("尚未发现规划成果质量问题")]
    [InlineData("不存在规划编制滞后问题")]
    [InlineData("规划编制无明显延期")]
    [InlineData("截至评价时点未收到成果质量投诉")]
    public void Full_marks_with_a_reason_that_names_no_miss_give_no_finding(string reason) =>
        Assert.Empty(Audit("qinzhou-natural-resources-department.md", WithFullMarks(reason)).Findings.Where(f => f.Severity <= Severity.Warning).Select(f => $"{f.RuleId} {f.Message}"));

    /// <summary>钦州 with 国土空间规划编制完成率 given full marks (9 of 9) and <paramref name="reason"/> as its 扣分原因, the total and the text raised with it.</summary>
    private static string WithFullMarks(string reason) => Edited(Text("qinzhou-natural-resources-department.md", Folder), [
        ("| 9 | 100%得满分，否则酌情扣分 | 7 | 3个县级规划成果尚在修改 |", $"| 9 | 100%得满分，否则酌情扣分 | 9 | {reason} |"),
        ("| 100 | | 91.5 |", "| 100 | | 93.5 |"), ("自评得分为91.5分", "自评得分为93.5分"), ("产出指标得分33分", "产出指标得分35分"),
        ("产出指标满分35分，自评得分33分", "产出指标满分35分，自评得分35分")]);

    /// <summary>
    /// The text's first-level score is compared with the table's: the 小计 printed (都匀), else the sum of the group's indicators (瑞金) —
    /// whichever sentence states it, the conclusion's or the analysis's (“过程指标满分25分，评价得分22分”).
    /// </summary>
    [Theory]
    [InlineData("ruijin-sewage-15-25-25-35.md", "过程指标满分25分，评价得分23分", "过程指标满分25分，评价得分22分", "评价报告所述过程指标得分 22 分，评价表中过程所属 6 项指标得分之和 23（差 -1）")]
    [InlineData("duyun-bridges-subtotals-15-25-25-35.md", "效益指标得分30.5分（满分35分）", "效益指标得分31.5分（满分35分）", "评价报告所述效益指标得分 31.5 分，评价表中效益小计 30.5（差 1）")]
    public void A_first_level_score_of_the_text_is_compared_with_the_tables(string name, string right, string wrong, string message)
    {
        var result = Audit(name, Edited(Text(name, Folder), [(right, wrong)]));

        var finding = Assert.Single(result.Findings, f => f.Severity <= Severity.Warning);
        Assert.Equal(("FA4012", message), (finding.RuleId, finding.Message));
        Assert.Equal(LineOf(name, right, Folder), finding.Location.Line);
    }

    /// <summary>
    /// A 二级 name ending in a group's (“社会效益得分18分”) states no score of that group, nor does a paragraph that states two scores of
    /// one group (each county's, the unit's own beside the evaluators'): the 瑞金 report with such a sentence added stays without finding.
    /// </summary>
    [Theory]
    [InlineData("其中社会效益得分1分，经济效益得分2分。")]
    [InlineData("单位自评决策指标得分15分，评价组评定决策指标得分10分。")]
    public void A_sentence_that_states_no_score_of_a_group_gives_no_finding(string sentence)
    {
        const string name = "ruijin-sewage-15-25-25-35.md";
        var text = Edited(Text(name, Folder), [("综合得分为86.5分", sentence + "综合得分为86.5分")]);

        Assert.Empty(Audit(name, text).Findings.Where(f => f.Severity <= Severity.Warning).Select(f => $"{f.RuleId} {f.Message}"));
    }

    /// <summary>
    /// “连续三年下降，2023年较2021年下降27%” compares two named years, the document's with one two years back: no base for FA3010. With
    /// the subject year dropped (“较2021年下降27%”) the comparison is the document's year's again, and 2021 is reported.
    /// </summary>
    [Fact]
    public void A_span_between_two_named_years_is_no_comparison_with_last_year()
    {
        const string name = "liuzhou-bicycle-20-20-40-20.md";
        Assert.DoesNotContain(Audit(name, Text(name, Folder)).Findings, f => f.RuleId == "FA3010");

        var dropped = Audit(name, Edited(Text(name, Folder), [("2023年较2021年下降27%", "较2021年下降27%")]));

        Assert.Equal(["FA3010"], dropped.Findings.Where(f => f.Severity <= Severity.Warning).Select(f => f.RuleId));
    }
}
