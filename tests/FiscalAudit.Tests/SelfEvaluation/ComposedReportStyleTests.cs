using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Four evaluation reports in styles the other composed reports do not print, each read in several layouts: a 部门整体支出绩效评价报告
/// (决策/过程/产出/效益 20/20/40/20, “一、决策（20分）” cells, 指标分值 | 评价得分 | 扣分说明), a 财政重点绩效评价报告 (评分标准 and 扣分原因
/// columns, second-level cells with their points), a report whose table is printed in two parts with a 小计 row per first-level group,
/// and a Word-like table (merged cells) in a report that states its grade bands (90/80/60) and “综合得分87.5分，评价等级为‘良’”. The correct
/// reports give no finding; each planted error (a score above its weight, a total that is not the sum, a wrong grade, full marks for a
/// missed target) is found once, at its cell.
/// </summary>
public class ComposedReportStyleTests
{
    private const string Department = "department-wide-ecology-20-20-40-20.md";
    private const string KeyEvaluation = "key-evaluation-farmland-rubric-20-20-30-30.md";
    private const string TwoParts = "two-part-library-subtotals-10-20-40-30.md";
    private const string Bands = "graded-water-supply-bands-20-30-30-20.md";

    /// <summary>The layouts a Markdown report is also read in: its tables as HTML, as tab-separated rows.</summary>
    private static string Layout(string text, string layout) => layout switch
    {
        "html" => AsHtmlTables(text),
        "tab" => AsTabSeparated(text),
        _ => text,
    };

    public static TheoryData<string, string, string[], int, string, string> Correct => new()
    {
        { Department, "md", ["决策 20", "过程 20", "产出 40", "效益 20"], 19, "94.0", "优" },
        { Department, "html", ["决策 20", "过程 20", "产出 40", "效益 20"], 19, "94.0", "优" },
        { Department, "tab", ["决策 20", "过程 20", "产出 40", "效益 20"], 19, "94.0", "优" },
        { KeyEvaluation, "md", ["决策 ", "过程 ", "产出 ", "效益 "], 19, "94.5", "优" },
        { KeyEvaluation, "html", ["决策 ", "过程 ", "产出 ", "效益 "], 19, "94.5", "优" },
        { KeyEvaluation, "tab", ["决策 ", "过程 ", "产出 ", "效益 "], 19, "94.5", "优" },
        { TwoParts, "md", ["决策 10", "过程 20", "产出 40", "效益 30"], 14, "92.5", "优" },
        { TwoParts, "html", ["决策 10", "过程 20", "产出 40", "效益 30"], 14, "92.5", "优" },
        { TwoParts, "tab", ["决策 10", "过程 20", "产出 40", "效益 30"], 14, "92.5", "优" },
        { Bands, "md", ["决策 20", "过程 30", "产出 30", "效益 20"], 16, "87.5", "良" },
    };

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_report_is_read_whole_and_gives_nothing(string name, string layout, string[] groups, int indicators, string total, string grade)
    {
        var result = Audit(name, Layout(Text(name), layout));
        var p = Project(result);
        Assert.Equal(groups, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}"));
        Assert.Equal((indicators, total, grade), (p.Indicators.Count, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(p.ReportedScore!.Value.Value, p.Indicators.Sum(i => i.Score!.Value.Value));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// The name each report's title gives (none prints a 项目名称): the issuer before “关于” and the words around the project's name
    /// (“财政重点”, the year) dropped, a department-wide report named after its department, also when its title names the issuer first.
    /// </summary>
    [Theory]
    [InlineData(Department, null, "云溪市生态环境局")]
    [InlineData(Department, "# 云溪市财政局关于云溪市生态环境局2024年度部门整体支出绩效评价报告", "云溪市生态环境局")]
    [InlineData(KeyEvaluation, null, "高标准农田建设项目")]
    [InlineData(KeyEvaluation, "# 关于2024年度高标准农田建设项目的财政重点绩效评价报告", "高标准农田建设项目")]
    [InlineData(TwoParts, null, "东湖区公共图书馆免费开放项目")]
    [InlineData(Bands, null, "青溪县农村供水保障工程项目")]
    public void The_title_names_the_project(string name, string? title, string expected)
    {
        var text = Text(name);
        if (title is not null) text = title + text[text.IndexOf('\n', StringComparison.Ordinal)..];
        Assert.Equal(expected, Project(Audit(name, text)).Name);
    }

    /// <summary>
    /// Planted errors: the report's texts replaced (each once), the finding expected (rule, the end of its row, its column) and the
    /// text of the line it is placed on. A score raised above its weight and a total raised with its conclusion leave the other
    /// scores' sum unchanged (another score lowered), and a missed target scored full keeps the total (another score lowered).
    /// </summary>
    private static readonly Dictionary<(string Report, string Plant), ((string Printed, string Planted)[] Changes, string Rule, string Row, string? Column, string Line)> Plants = new()
    {
        [(Department, "over")] = ([("| 100% | 100% | 3 |", "| 100% | 100% | 3.5 |"), ("| 82% | 1.5 |", "| 82% | 1 |")], "FA4001", "政府采购执行率", "得分", "政府采购执行率"),
        [(Department, "sum")] = ([("| 94.0 |", "| 94.5 |"), ("得分为94.0分", "得分为94.5分")], "FA4003", "总分", "得分", "合计"),
        [(Department, "grade")] = ([("评价等级为“优”", "评价等级为“良”")], "FA4007", "等级", null, "评价等级为"),
        [(Department, "full")] = ([("| 96.5% | 9.5 | 2个自动监测站点数据缺失 |", "| 96.5% | 10 | |"), ("| 82% | 1.5 |", "| 82% | 1 |")], "FA4008", "监测数据质量达标率", "得分", "监测数据质量达标率"),
        [(KeyEvaluation, "over")] = ([("扣0.5分 | | | 3 |", "扣0.5分 | | | 3.5 |"), ("| 2 | 2项指标未量化 |", "| 1.5 | 2项指标未量化 |")], "FA4001", "立项依据充分性", "得分", "立项依据充分性"),
        [(KeyEvaluation, "sum")] = ([("| 94.5 |", "| 95.5 |"), ("综合评分为94.5分", "综合评分为95.5分")], "FA4003", "总分", "得分", "| 总分"),
        [(KeyEvaluation, "grade")] = ([("评价等级为“优”", "评价等级为“中”")], "FA4007", "等级", null, "评价等级为"),
        [(KeyEvaluation, "full")] = ([("| 92% | 4 | 2个标段受雨季影响延期完工 |", "| 92% | 5 | |"), ("| 5 | 管护责任未全部落实到村 |", "| 4 | 管护责任未全部落实到村 |")], "FA4008", "工程按期完工率", "得分", "工程按期完工率"),
        [(TwoParts, "over")] = ([("| 立项依据充分性 | 3 | | | 3 |", "| 立项依据充分性 | 3 | | | 3.5 |"), ("| 3.5 | 部分目标", "| 3 | 部分目标")], "FA4001", "立项依据充分性", "得分", "立项依据充分性"),
        [(TwoParts, "sum")] = ([("| 92.5 |", "| 93.5 |"), ("综合得分为92.5分", "综合得分为93.5分")], "FA4003", "总分", "得分", "| 合计"),
        [(TwoParts, "grade")] = ([("评价等级为“优”", "评价等级为“良”")], "FA4007", "等级", null, "评价等级为"),
        [(TwoParts, "full")] = ([("| 91% | 8 | 部分分馆开放时间与读者需求不匹配 |", "| 91% | 10 | |"), ("| 分馆运行保障机制 | 5 | | | 4 |", "| 分馆运行保障机制 | 5 | | | 2 |")], "FA4008", "读者满意度", "得分", "读者满意度"),
        [(Bands, "over")] = ([("<td>4</td><td></td><td></td><td>4</td>", "<td>4</td><td></td><td></td><td>4.5</td>"), ("<td>3.5</td><td>未开展", "<td>3</td><td>未开展")], "FA4001", "立项依据充分性", "得分", "立项依据充分性"),
        [(Bands, "sum")] = ([("<td>87.5</td>", "<td>88.5</td>"), ("综合得分87.5分", "综合得分88.5分")], "FA4003", "总分", "得分", ">合计<"),
        [(Bands, "grade")] = ([("评价等级为‘良’", "评价等级为‘优’")], "FA4007", "等级", null, "评价等级为"),
        [(Bands, "full")] = ([("<td>88%</td><td>5.5</td><td>部分村停水通知不及时</td>", "<td>88%</td><td>6</td><td></td>"), ("<td>4.5</td><td>运维经费", "<td>4</td><td>运维经费")], "FA4008", "受益群众满意度", "得分", "受益群众满意度"),
    };

    public static TheoryData<string, string, string> Planted()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (report, plant) in Plants.Keys)
        {
            foreach (var layout in report == Bands ? ["md"] : new[] { "md", "html", "tab" }) data.Add(report, plant, layout);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_planted_error_is_found_once_at_its_cell(string name, string plant, string layout)
    {
        var (changes, rule, row, column, line) = Plants[(name, plant)];
        var text = Text(name);
        foreach (var (printed, planted) in changes)
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(printed)));
            text = text.Replace(printed, planted, StringComparison.Ordinal);
        }
        text = Layout(text, layout);
        var finding = Assert.Single(EvaluationFindings(Audit(name, text)), f => f.Severity != Core.Findings.Severity.Info);
        Assert.Equal((rule, column), (finding.RuleId, finding.Location.Column));
        Assert.EndsWith(row, finding.Location.Row, StringComparison.Ordinal);
        var anchor = layout == "md" ? line : line.TrimStart('|', ' ', '>').TrimEnd('<');
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains(anchor, StringComparison.Ordinal)) + 1, finding.Location.Line);
    }

    /// <summary>
    /// The grade is judged by the bands the report states: 87.5 is 良 under 90/80/60, and under bands of 85/70/60 the same 87.5 is 优, so
    /// the reported 良 is then one FA4007 at the conclusion.
    /// </summary>
    [Theory]
    [InlineData("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中", null)]
    [InlineData("85分（含）以上为优，70分（含）至85分为良，60分（含）至70分为中", "优")]
    public void The_grade_is_judged_by_the_stated_bands(string bands, string? expected)
    {
        var text = Text(Bands);
        Assert.Contains("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中", text, StringComparison.Ordinal);
        var found = EvaluationFindings(Audit(Bands, text.Replace("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中", bands, StringComparison.Ordinal)));
        Assert.Equal(expected is null ? [] : [("FA4007", expected, LineOf(Bands, "评价等级为"))], found.Select(f => (f.RuleId, f.Expected?.ToString(), f.Location.Line)));
    }
}
