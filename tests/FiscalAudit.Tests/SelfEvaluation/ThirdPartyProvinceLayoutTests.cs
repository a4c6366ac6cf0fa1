using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Composed third-party reports in the layouts of several provinces: a 权重(%) column with one-decimal scores and a 得分率 column
/// (Zhejiang), a 分值 column beside each level (Shandong), a 一级指标得分 column beside 目标值/实际完成值 and 得分说明 (Guangdong), one table per group under “表1 决策指标评分（10分）”
/// captions (Sichuan), a 扣分 table with a 一级指标得分 column and 小计 rows and its execution rate printed as a fraction (Hunan).
/// 评分标准 texts hold numbers (“每少1个扣2分”) that are no scores. A correct report gives no finding; each planted error is
/// reported once, at its place.
/// </summary>
public class ThirdPartyProvinceLayoutTests
{
    [Theory]
    [InlineData(Lishui, 18, "100", "92.1", "优")]
    [InlineData(Mianyang, 15, "-", "90", "优")]
    [InlineData(Liuyang, 16, "100", "88.5", "良")]
    public void A_correct_report_is_read_whole_and_gives_no_finding(string name, int indicators, string weight, string total, string grade)
    {
        var result = Audit(name);
        var p = Project(result);
        Assert.Equal((indicators, weight, total, grade), (p.Indicators.Count, p.TotalWeight?.Text ?? "-", (p.ReportedScore ?? p.Summary?.Score)?.Text, p.Grade));
        Assert.Equal(new[] { "决策", "过程", "产出", "效益" }, p.Groups.Where(g => g.IsLevel1).Select(g => g.Name));
        Assert.Empty(result.Findings);
    }

    /// <summary>The numbers of a 评分标准 (“每少1个扣2分”, “每低10%扣0.5分”) are no scores: the scores are those of the 得分 column.</summary>
    [Fact]
    public void Numbers_in_the_rubric_are_not_read_as_scores()
    {
        var p = Project(Audit(Lishui));
        var boxes = p.Indicators.Single(i => i.Name == "新建智慧照明控制箱数量");
        Assert.Equal((10m, 9m, "完成60个得满分，每少1个扣2分"), (boxes.Weight!.Value.Value, boxes.Score!.Value.Value, boxes.Rubric));
        Assert.Equal(92.1m, p.Recomputation!.IndicatorSum);
    }

    [Theory]
    [InlineData(Foshan, new[] { "FA4001 单座设施建设成本 得分", "FA4003 总分 得分", "FA4007 等级 -", "FA4008 新建污水处理设施数量 得分", "FA4012 评价报告结论 -", "FA4018 产出 得分" })]
    [InlineData(MianyangPlanted, new[] { "FA4001 体检报告合格率 得分", "FA4002 产出 分值", "FA4007 等级 -" })]
    [InlineData(LiuyangPlanted, new[] { "FA4004 年度资金总额 执行率", "FA4018 过程 得分" })]
    [InlineData(Liling, new[] { "FA4018 产出 扣分", "FA4018 效益 扣分" })]
    [InlineData(Linyi, new[] { "FA4002 产出 分值", "FA4002 产出数量 分值", "FA4007 等级 -" })]
    public void Every_planted_error_is_reported_once_at_its_place(string name, string[] plants)
    {
        var reported = Audit(name).Findings.Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();
        EachPlantIsReportedOnceAtItsPlace(reported, plants);
    }

    /// <summary>Each report written with HTML tables (a converted PDF or Word file) or tab-separated rows (a text export) gives the same findings at the same rows.</summary>
    [Theory]
    [InlineData(Lishui)]
    [InlineData(Foshan)]
    [InlineData(Mianyang)]
    [InlineData(MianyangPlanted)]
    [InlineData(Liuyang)]
    [InlineData(LiuyangPlanted)]
    [InlineData(Liling)]
    [InlineData(Linyi)]
    public void Every_report_reads_alike_with_html_tables_and_tab_separated_rows(string name)
    {
        static List<string> Places(FiscalAudit.Engine.AuditResult r) => r.Findings.Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Actual}").Order().ToList();
        var markdown = Places(Audit(name));
        Assert.Equal(markdown, Places(Audit(name, AsHtmlTables(Text(name)))));
        Assert.Equal(markdown, Places(Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsTabSeparated(Text(name)))));
    }

    /// <summary>The 一级指标得分 column of a table scored by 扣分 holds scores: its group's finding names 得分, at the group's cell.</summary>
    [Fact]
    public void A_group_score_column_of_a_deduction_table_is_named_the_score_column()
    {
        var finding = Assert.Single(Audit(LiuyangPlanted).Findings, f => f.RuleId == "FA4018");
        Assert.Equal(("过程", "得分", 21m, 22m), (finding.Location.Row, finding.Location.Column, finding.Actual, finding.Expected));
        Assert.Equal(LineOf(LiuyangPlanted, "| 过程（25分） | 21 |"), finding.Location.Line);
        Assert.All(finding.RelatedLocations, r => Assert.Equal("扣分", r.Column));
    }

    /// <summary>A subtotal's 扣分 written as nothing deducted, or left blank, deducts nothing and is checked against its indicators; written right, no finding.</summary>
    [Theory]
    [InlineData("未扣分", true)]
    [InlineData("", true)]
    [InlineData("—", true)]
    [InlineData("无", true)]
    [InlineData("0", true)]
    [InlineData("2", false)]
    [InlineData("扣2分", false)]
    [InlineData("-2", false)]
    public void A_subtotal_deducting_nothing_is_checked_against_its_indicators(string deduction, bool reported)
    {
        var text = Text(Liling).Replace("| 产出小计 | | | 25 | | 未扣分 | |", $"| 产出小计 | | | 25 | | {deduction} | |", StringComparison.Ordinal)
            .Replace("| 效益小计 | | | 35 | | | |", "| 效益小计 | | | 35 | | 5 | |", StringComparison.Ordinal);
        var found = Audit("subtotal.md", text).Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).ToList();
        if (!reported)
        {
            Assert.Empty(found);
            return;
        }
        var finding = Assert.Single(found);
        Assert.Equal(("FA4018", "产出", "扣分", 25m, 23m), (finding.RuleId, finding.Location.Row, finding.Location.Column, finding.Actual, finding.Expected));
        Assert.Equal(LineOf(Liling, "| 产出小计 |"), finding.Location.Line);
    }

    /// <summary>
    /// A subtotal printed under 扣分 is told as the row prints it, in deductions (what the subtotal deducts, what its indicators
    /// deduct, each of them), with the score it should have — in every layout of the report.
    /// </summary>
    [Theory]
    [InlineData("未扣分", "产出小计扣分 0（得分 25），所属 4 项指标扣分之和为 2（1 + 0 + 1 + 0，差 -2），小计得分应为 23")]
    [InlineData("扣3分", "产出小计扣分 3（得分 22），所属 4 项指标扣分之和为 2（1 + 0 + 1 + 0，差 1），小计得分应为 23")]
    [InlineData("0.5", "产出小计扣分 0.5（得分 24.5），所属 4 项指标扣分之和为 2（1 + 0 + 1 + 0，差 -1.5），小计得分应为 23")]
    public void A_deduction_subtotal_is_told_in_deductions(string deduction, string message)
    {
        var text = Text(Liling).Replace("| 产出小计 | | | 25 | | 未扣分 | |", $"| 产出小计 | | | 25 | | {deduction} | |", StringComparison.Ordinal);
        foreach (var (name, layout) in new[] { ("subtotal.md", text), ("subtotal.html", AsHtmlTables(text)), ("subtotal.txt", AsTabSeparated(text)) })
        {
            var findings = Audit(name, layout).Findings.Where(f => f.RuleId == "FA4018").ToList();
            Assert.Equal(message, Assert.Single(findings, f => f.Location.Row == "产出").Message);
            Assert.Equal("效益小计扣分 0（得分 35），所属 3 项指标扣分之和为 5（2 + 1 + 2，差 -5），小计得分应为 30", Assert.Single(findings, f => f.Location.Row == "效益").Message);
        }
    }

    /// <summary>
    /// The 湖南 report prints each group's score twice, in its 一级指标得分 column and on its 小计 row: the group is read once, and each
    /// score is checked against its indicators at its own cell (得分 for the column, 扣分 for the row) — a wrong one is found whichever
    /// it is, in every layout; both right, nothing.
    /// </summary>
    [Theory]
    [InlineData("22", "3", new string[0])]
    [InlineData("21", "3", new[] { "过程 得分 21" })]
    [InlineData("22", "4", new[] { "过程 扣分 21" })]
    [InlineData("21", "4", new[] { "过程 得分 21", "过程 扣分 21" })]
    public void A_group_scored_in_its_column_and_on_its_subtotal_row_has_both_checked(string column, string deduction, string[] expected)
    {
        var text = Text(Liuyang).Replace("| 过程（25分） | 22 |", $"| 过程（25分） | {column} |", StringComparison.Ordinal)
            .Replace("| 过程小计 | | | | 25 | | 3 | |", $"| 过程小计 | | | | 25 | | {deduction} | |", StringComparison.Ordinal);
        foreach (var (name, layout) in new[] { ("twice.md", text), ("twice.html", AsHtmlTables(text)), ("twice.txt", AsTabSeparated(text)) })
        {
            var result = Audit(name, layout);
            Assert.Equal(["决策", "过程", "产出", "效益"], Project(result).Groups.Where(g => g.IsLevel1).Select(g => g.Name));
            var found = result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).ToList();
            Assert.All(found, f => Assert.Equal("FA4018", f.RuleId));
            Assert.Equal(expected, found.Select(f => $"{f.Location.Row} {f.Location.Column} {f.Actual}").Order(StringComparer.Ordinal));
            if (name.EndsWith(".md", StringComparison.Ordinal))
                Assert.All(found, f => Assert.Equal(LineOf(Liuyang, f.Location.Column == "得分" ? "| 过程（25分） |" : "| 过程小计 |"), f.Location.Line));
        }
    }

    /// <summary>A 合计 row with its 扣分 blank and no total stated in the text: the hint names the 扣分 column left blank.</summary>
    [Theory]
    [InlineData(LiuyangPlanted)]
    [InlineData(Liling)]
    public void A_blank_total_of_a_deduction_table_names_the_deduction_column(string name)
    {
        var text = string.Join("\n", Text(name).Split('\n').Where(l => !l.Contains("综合得分为", StringComparison.Ordinal)))
            .Replace("| 合计 | | | 100 | | 11.5 | |", "| 合计 | | | 100 | | | |", StringComparison.Ordinal);
        var finding = Assert.Single(Audit("blank-total.md", text).Findings, f => f.RuleId == "FA4003");
        Assert.Equal(("总分", "扣分", "总分未填写扣分；各指标得分之和 88.5"), (finding.Location.Row, finding.Location.Column, finding.Message));
    }

    /// <summary>
    /// An execution rate printed as a fraction in the funds sentence is that rate when 支出 ÷ 预算 agrees (no finding: not a rate
    /// missing its “%”), and a wrong one is reported by FA4004 as the fraction it is; a percentage written without “%” keeps FA3012.
    /// </summary>
    [Theory]
    [InlineData("预算执行率0.9554", null)]
    [InlineData("预算执行率为0.96", null)]
    [InlineData("资金执行率0.955", null)]
    [InlineData("预算执行率0.9354", "FA4004")]
    [InlineData("执行率0.90", "FA4004")]
    [InlineData("预算执行率95.54", "FA3012")]
    public void A_fraction_rate_in_the_funds_sentence_is_checked_as_a_rate(string rate, string? rule)
    {
        var text = Text(Liuyang).Replace("预算执行率0.9554", rate, StringComparison.Ordinal);
        var found = Audit("rate.md", text).Findings;
        if (rule is null)
        {
            Assert.Empty(found);
            return;
        }
        var finding = Assert.Single(found);
        Assert.Equal((rule, LineOf(Liuyang, "预算执行率0.9554")), (finding.RuleId, finding.Location.Line));
        if (rule == "FA4004") Assert.Contains("≠ 全年执行数 3,439.44 ÷ 全年预算数 3,600.00 = ", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>Captions framed by a table number and 评分/评分表 name their group (“表3 产出指标评分表（40分）”); an unframed caption still reads.</summary>
    [Theory]
    [InlineData("表{0} {1}指标评分（{2}分）")]
    [InlineData("附表{0} {1}指标评分表（{2}分）")]
    [InlineData("表2-{0}：{1}类指标得分情况（{2}分）")]
    [InlineData("{1}指标（{2}分）")]
    public void Framed_group_captions_name_their_groups(string caption)
    {
        var points = new[] { ("决策", 10), ("过程", 20), ("产出", 40), ("效益", 30) };
        var text = Text(Mianyang);
        for (var k = 0; k < points.Length; k++)
            text = text.Replace($"表{k + 1} {points[k].Item1}指标评分（{points[k].Item2}分）", string.Format(System.Globalization.CultureInfo.InvariantCulture, caption, k + 1, points[k].Item1, points[k].Item2), StringComparison.Ordinal);
        var result = Audit("captions.md", text);
        var p = Project(result);
        Assert.Equal(new[] { "决策 10", "过程 20", "产出 40", "效益 30" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}"));
        Assert.Empty(result.Findings);
    }
}
