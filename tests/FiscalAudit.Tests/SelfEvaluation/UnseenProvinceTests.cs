using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Evaluation documents in the layouts of provinces the other fixtures lack, each with a planted copy and a clean one:
/// a 贵州 third-party report copied from a PDF one cell per line (20/20/30/30, the report's title repeated on every page
/// with its page number, the 过程 cell printed in the middle of its group, wrapped indicator names, “未超预算”); a 湖北
/// 项目支出绩效自评表 copied the same way (the header row repeated on the next page, “产出指标” and “（50分）” on two lines,
/// wrapped names, an empty 偏差原因 printing nothing, 经济成本指标); a 云南 Markdown report scored 10/30/30/30 with a
/// column of group scores and its own grade bands (85/70/60). The planted errors are found where they stand; the clean
/// copies are read whole and give no error or warning.
/// </summary>
public class UnseenProvinceTests
{
    private const string Zunyi = "zunyi-water-flattened.txt";

    private const string ZunyiPlanted = "zunyi-water-flattened-planted.txt";

    private const string Xiangzhou = "xiangzhou-cemetery-flattened.txt";

    private const string XiangzhouPlanted = "xiangzhou-cemetery-flattened-planted.txt";

    private const string Qujing = "qujing-training-10-30-30-30.md";

    private const string QujingPlanted = "qujing-training-10-30-30-30-planted.md";

    /// <summary>The 1-based number of the first line that is <paramref name="line"/> or, failing that, contains it.</summary>
    private static int Line(string name, string folder, string line)
    {
        var lines = File.ReadAllLines(PathOf(name, folder)).ToList();
        var exact = lines.IndexOf(line);
        return exact >= 0 ? exact + 1 : LineOf(name, line, folder);
    }

    /// <summary>
    /// The 1-based number of the line printing <paramref name="value"/> for the <paramref name="nth"/> time after the line
    /// of <paramref name="label"/> (a flattened table prints each cell on its own line; a finding names the cell of the
    /// value it compares), or the label's own line when no value is given.
    /// </summary>
    private static int ValueLine(string name, string folder, string label, string? value, int nth)
    {
        var start = Line(name, folder, label);
        if (value is null) return start;
        var lines = File.ReadAllLines(PathOf(name, folder));
        var found = Enumerable.Range(start, lines.Length - start).Where(i => lines[i] == value).Skip(nth - 1).First();
        return found + 1;
    }

    [Theory]
    [InlineData(ZunyiPlanted, "ThirdParty", "FA4001", "制度执行有效性", "4.5")]
    [InlineData(ZunyiPlanted, "ThirdParty", "FA4008", "管网延伸改造长度", "6", 2)]
    [InlineData(ZunyiPlanted, "ThirdParty", "FA4003", "合计", "93.7")]
    [InlineData(ZunyiPlanted, "ThirdParty", "FA4007", "评价等级为“良”")]
    [InlineData(XiangzhouPlanted, Provincial, "FA4005", "年度资金总额", "9.50")]
    [InlineData(XiangzhouPlanted, Provincial, "FA4008", "新建农村公益性公墓数", "15", 2)]
    [InlineData(XiangzhouPlanted, Provincial, "FA4001", "群众满意度", "11")]
    [InlineData(XiangzhouPlanted, Provincial, "FA4003", "总分", "97.5")]
    [InlineData(QujingPlanted, "ThirdParty", "FA4008", "| 92.50% |")]
    [InlineData(QujingPlanted, "ThirdParty", "FA4018", "| 产出 | 30 |")]
    [InlineData(QujingPlanted, "ThirdParty", "FA4007", "评价等级为“良”")]
    public void A_planted_error_is_found_where_it_stands(string name, string folder, string rule, string label, string? value = null, int nth = 1)
    {
        var findings = EvaluationFindings(Audit(name, Text(name, folder)));
        Assert.Contains(findings, f => f.RuleId == rule && f.Location.Line == ValueLine(name, folder, label, value, nth));
    }

    [Theory]
    [InlineData(ZunyiPlanted, "ThirdParty", 4)]
    [InlineData(XiangzhouPlanted, Provincial, 4)]
    [InlineData(QujingPlanted, "ThirdParty", 3)]
    public void A_planted_copy_gives_no_error_or_warning_beside_its_plants(string name, string folder, int planted) =>
        Assert.Equal(planted, EvaluationFindings(Audit(name, Text(name, folder))).Count(f => f.Severity <= Severity.Warning));

    [Theory]
    [InlineData(Zunyi, "ThirdParty", "农村饮水安全巩固提升项目", 21, "94.2", "优")]
    [InlineData(Xiangzhou, Provincial, "农村公益性公墓建设补助项目", 9, "97", "优")]
    [InlineData(Qujing, "ThirdParty", "农村劳动力转移就业技能培训项目", 15, "87.05", "优")]
    public void A_clean_copy_is_read_whole_and_gives_no_error_or_warning(string name, string folder, string project, int indicators, string total, string grade)
    {
        var result = Audit(name, Text(name, folder));
        var p = Project(result);
        Assert.Equal((project, indicators, total, grade), (p.Name, p.Indicators.Count, p.ReportedScore?.Text, p.Grade));
        Assert.DoesNotContain(result.Findings, f => f.Severity <= Severity.Warning);
    }

    /// <summary>The running title and page number between the table's pages leave one table; the 过程 cell printed below 资金到位率 still heads it.</summary>
    [Fact]
    public void A_running_title_and_a_group_cell_printed_mid_group_leave_the_groups_whole()
    {
        var p = Project(Audit(Zunyi, Text(Zunyi)));
        var weights = p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value} {p.Indicators.Where(i => i.Level1 == g.Name).Sum(i => i.Weight!.Value.Value)}");
        Assert.Equal(new[] { "决策 20 20", "过程 20 20", "产出 30 30", "效益 30 30" }, weights);
        Assert.Equal(new[] { "过程 资金管理" }, p.Indicators.Where(i => i.Name is "资金到位率" or "预算执行率" or "资金使用合规性").Select(i => $"{i.Level1} {i.Level2}").Distinct());
        Assert.Contains(p.Indicators, i => i.Name == "工程长效管护机制建立情况");
    }

    /// <summary>
    /// Rows stay where they were printed when the stated points do not ask for the move (过程 without points), or when the row
    /// beside the group's cell prints a second-level cell of its own and the rows above it are under a second-level name the
    /// framework puts in the group they were printed in (项目立项 is 决策's): the group's cell is at its first row. With a
    /// second-level name of 过程 (资金管理) above a row of its own (组织实施), the 过程 cell was printed mid-group and they move.
    /// </summary>
    [Theory]
    [InlineData("过程（20分）\n", "过程\n", "", "", "决策")]
    [InlineData("过程（20分）\n", "过程（20分）\n组织实施\n", "资金管理\n资金到位率", "项目立项\n资金到位率", "决策")]
    [InlineData("过程（20分）\n", "过程（20分）\n组织实施\n", "", "", "过程")]
    public void Rows_are_moved_only_when_the_points_and_the_levels_ask_for_it(string from, string to, string from2, string to2, string group)
    {
        var text = Text(Zunyi).Replace(from, to, StringComparison.Ordinal);
        if (from2.Length > 0) text = text.Replace(from2, to2, StringComparison.Ordinal);
        var p = Project(Audit(Zunyi, text));
        Assert.Equal(group, p.Indicators.Single(i => i.Name == "资金到位率").Level1);
    }

    /// <summary>An actual value that negates an overrun or an incident states the target met; one that negates completion does not.</summary>
    [Theory]
    [InlineData("未超预算", false)]
    [InlineData("未超出预算", false)]
    [InlineData("未发生超支", false)]
    [InlineData("无超支情况", false)]
    [InlineData("未完成结算", true)]
    [InlineData("未达到要求", true)]
    public void A_negated_overrun_is_no_missed_target(string actual, bool missed)
    {
        var text = Text(Zunyi).Replace("≤预算\n未超预算\n", $"≤预算\n{actual}\n", StringComparison.Ordinal);
        var findings = EvaluationFindings(Audit(Zunyi, text));
        Assert.Equal(missed, findings.Any(f => f.RuleId == "FA4008" && f.Location.Line == ValueLine(Zunyi, "ThirdParty", "单位工程建设成本控", "5", 2)));
    }

    /// <summary>The 湖北 table: group points on their own line, names wrapped onto short lines, an empty 偏差原因 that is not the next name.</summary>
    [Fact]
    public void A_flattened_project_table_joins_wrapped_cells_and_skips_the_repeated_header()
    {
        var p = Project(Audit(Xiangzhou, Text(Xiangzhou, Provincial)));
        Assert.Equal(new[] { "产出指标 50", "效益指标 30", "满意度指标 10" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Value}"));
        Assert.Equal(
            new[] { "新建农村公益性公墓数量", "补助村（社区）个数", "公墓建设验收合格率", "补助资金拨付及时性", "单个公墓平均建设补助标准", "乱埋乱葬治理成效", "节约殡葬用地情况", "公益性公墓长效管理机制", "群众满意度" },
            p.Indicators.Select(i => i.Name));
        Assert.Equal(new[] { "部分村管理制度有待完善" }, p.Indicators.Select(i => i.Deviation).OfType<string>());
    }

    /// <summary>
    /// A name wrapped onto a short line (“公墓建设验收合格” “率”) before a percentage target and actual (“100%” “100%”): the
    /// percentages are no weight and score, so the row opens after the tail and the name is read whole.
    /// </summary>
    [Fact]
    public void A_wrapped_name_before_percentages_is_joined_with_its_tail()
    {
        var text = Text(Xiangzhou, Provincial).Replace("\n公墓建设验收合格率\n", "\n公墓建设验收合格\n率\n", StringComparison.Ordinal);

        var row = Project(Audit(Xiangzhou, text)).Indicators.Single(i => i.Name.StartsWith("公墓建设验收", StringComparison.Ordinal));

        Assert.Equal(("公墓建设验收合格率", "100%", 10m, 10m), (row.Name, row.Actual.Text, row.Weight?.Value, row.Score?.Value));
    }

    /// <summary>The 云南 report's own bands (优 from 85) decide its grade: 87.05 is 优 there, and 良 is found wrong, though 良 under 90/80/60.</summary>
    [Theory]
    [InlineData("评价等级为“优”", false)]
    [InlineData("评价等级为“良”", true)]
    public void The_reports_own_grade_bands_decide_its_grade(string stated, bool found)
    {
        var text = Text(Qujing).Replace("评价等级为“优”", stated, StringComparison.Ordinal);
        Assert.Equal(found, EvaluationFindings(Audit(Qujing, text)).Any(f => f.RuleId == "FA4007"));
    }
}
