using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Third-party reports whose indicator table was flattened one cell per line (pdftotext -raw, text copied from a PDF, some
/// Word text exports): the table is rebuilt from its header's columns, rows anchored by their weights and scores, wrapped
/// cells joined, and checked like a ruled one.
/// </summary>
public class ThirdPartyFlattenedTests
{
    /// <summary>Each composed report, its Markdown tables flattened, reads to the same project and the same findings.</summary>
    [Theory]
    [MemberData(nameof(MarkdownReports), MemberType = typeof(ThirdPartyKit))]
    public void A_report_flattened_one_cell_per_line_reads_like_its_markdown(string name)
    {
        var markdown = Audit(name);
        var flattened = Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsFlattened(Text(name)));
        Assert.Equal(Shape(Project(markdown)), Shape(Project(flattened)));
        Assert.Equal(Rubrics(markdown), Rubrics(flattened));
        static List<(string, string?, string?, object?, object?)> Evaluation(AuditResult r) =>
            EvaluationFindings(r).Select(f => (f.RuleId, f.Location.Row, f.Location.Column, f.Expected, f.Actual)).ToList();
        Assert.Equal(Evaluation(markdown), Evaluation(flattened));
    }

    /// <summary>A Word file's text export: one cell per line after a tab, empty cells kept as lines of a tab only.</summary>
    [Theory]
    [InlineData(Renovation)]
    [InlineData(RoadMaintenance)]
    [InlineData(Wetland)]
    public void A_word_text_export_one_cell_per_line_reads_like_its_markdown(string name)
    {
        var markdown = Audit(name);
        var exported = Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsCellPerLine(AsHtmlTables(Text(name))));
        Assert.Equal(Shape(Project(markdown)), Shape(Project(exported)));
        Assert.Equal(EvaluationFindings(markdown).Select(f => (f.RuleId, f.Location.Row)), EvaluationFindings(exported).Select(f => (f.RuleId, f.Location.Row)));
    }

    private static List<string?> Rubrics(AuditResult result) => Project(result).Indicators.Select(i => i.Rubric).ToList();

    [Fact]
    public void A_correct_flattened_report_with_wrapped_cells_an_explanation_column_and_a_page_break_has_no_error()
    {
        var result = Audit(StreetLighting);
        var p = Project(result);
        Assert.Equal(("城市道路照明设施维护项目", 2023, "100", "86.5", "良"), (p.Name, p.Year, p.TotalWeight?.Text, p.ReportedScore?.Text, p.Grade));
        Assert.Equal("86.5", p.Summary?.Score?.Text);
        Assert.Equal(19, p.Indicators.Count);
        Assert.Equal(new[] { "决策 15", "过程 25", "产出 25", "效益 35" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.Equal(new[] { "项目立项", "绩效目标", "资金投入" }, p.Groups.Where(g => g.Parent == "决策").Select(g => g.Name));
        var rate = p.Indicators.Single(i => i.Name == "预算执行率");
        Assert.Equal(("过程 · 资金管理 · 预算执行率", "得分=预算执行率×分值", 5m, 4.8m), (rate.Path, rate.Rubric, rate.Weight!.Value.Value, rate.Score!.Value.Value));
        var wrapped = p.Indicators.Single(i => i.Name == "资金到位率");
        Assert.Equal(("到位率100%得满分，每低1%扣0.5分", 5m), (wrapped.Rubric, wrapped.Score!.Value.Value));
        var afterBreak = p.Indicators.Single(i => i.Name == "制度执行有效性");
        Assert.Equal(("过程 · 组织实施 · 制度执行有效性", 4m), (afterBreak.Path, afterBreak.Score!.Value.Value));
        Assert.Equal("decision-process-output-benefit-15-25-25-35", p.Recomputation!.SchemeId);
        Assert.Equal(86.5m, p.Recomputation.IndicatorSum);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
    }

    [Fact]
    public void Every_planted_error_of_a_flattened_report_is_found_with_its_numbers_and_place()
    {
        var result = Audit(Farmland);
        var p = Project(result);
        Assert.Equal(("高标准农田灌溉设施建设项目", "decision-process-output-benefit-20-20-40-20"), (p.Name, p.Recomputation!.SchemeId));
        Assert.Equal(("石桥县农业农村局", "石桥县农田建设服务中心"), (p.Supervisor, p.Implementer));
        Assert.Equal(new[] { "决策 20 17.5", "过程 20 18.5", "产出 40 40", "效益 20 18.5" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text} {g.StatedScore?.Text}"));
        var found = EvaluationFindings(result).Where(f => f.Severity <= Severity.Warning)
            .Select(f => (f.RuleId, f.Location.Source?.Line, f.Location.Row, f.Expected?.ToString(), f.Actual?.ToString())).ToList();
        var expected = new (string, int?, string?, string?, string?)[]
        {
            ("FA4001", LineAfter(Farmland, "新增高效节水灌溉面积", "11"), "产出 · 产出数量 · 新增高效节水灌溉面积", "10", "11"),
            ("FA4003", LineAfter(Farmland, "受益农户满意度", "91.5"), "总分", "93.5", "91.5"),
            ("FA4007", LineOf(Farmland, "综合评分为91.5分"), "等级", "优", "良"),
            ("FA4018", LineAfter(Farmland, "缺少工程管护考核办法", "18.5"), "过程", "17.5", "18.5"),
        };
        Assert.Equal(expected.OrderBy(e => e.Item1), found.OrderBy(f => f.RuleId));
    }

    /// <summary>The flattened report with its planted errors corrected (a score, two subtotals, the total, the grade).</summary>
    private static string Corrected() => Text(Farmland)
        .Replace("5120亩\n11\n", "5120亩\n10\n", StringComparison.Ordinal)
        .Replace("1420元\n5\n小计\n40\n40", "1420元\n5\n小计\n40\n39", StringComparison.Ordinal)
        .Replace("缺少工程管护考核办法\n小计\n20\n18.5", "缺少工程管护考核办法\n小计\n20\n17.5", StringComparison.Ordinal)
        .Replace("合计\n100\n91.5", "合计\n100\n92.5", StringComparison.Ordinal)
        .Replace("综合评分为91.5分，评价等级为“良”", "综合评分为92.5分，评价等级为“优”", StringComparison.Ordinal);

    [Fact]
    public void The_flattened_report_with_its_errors_corrected_has_no_error()
    {
        var text = Corrected();
        var result = Audit("corrected.txt", text);
        var p = Project(result);
        Assert.Equal(("92.5", "优", 92.5m), (p.ReportedScore?.Text, p.Grade, p.Recomputation!.IndicatorSum));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
    }

    /// <summary>
    /// A line after an indicator that lost points may be its 扣分原因 (or that reason's tail) or the next row's 二级指标: a guess
    /// must never leave the row without its reason (FA4009 on a target met). The reason keeps its lines, a 二级指标 not in the
    /// vocabulary after it joining it (no finding rather than a false one), and a known 二级指标 wrapped over two lines stays one.
    /// </summary>
    [Theory]
    [InlineData("部分指标未细化\n量化\n预算安排\n", "部分指标未细化量化", "绩效目标")]
    [InlineData("指标偏少\n预算安排\n", "指标偏少", "绩效目标")]
    [InlineData("部分指标未细化量化\n预算编制与安排\n", "部分指标未细化量化", "绩效目标")]
    [InlineData("部分指标未细化\n量化\n资金\n投入\n", "部分指标未细化量化", "资金投入")]
    [InlineData("指标偏少\n资金投入\n", "指标偏少", "资金投入")]
    public void A_reason_or_a_level_two_name_after_a_deduction_is_guessed_without_a_false_finding(string lines, string reason, string levelTwo)
    {
        var text = Corrected();
        var edited = text.Replace("指标量化得4分\n3\n部分指标未细化\n量化\n资金投入\n", "指标量化得4分\n≥10个\n12个\n3\n" + lines, StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        var result = Audit("guessed.txt", edited);

        var p = Project(result);
        var deducted = p.Indicators.Single(i => i.Name == "绩效指标明确性");
        Assert.StartsWith(reason, deducted.Deviation, StringComparison.Ordinal);
        Assert.Equal(("决策 · 绩效目标 · 绩效指标明确性", $"决策 · {levelTwo} · 预算编制科学性"), (deducted.Path, p.Indicators.Single(i => i.Name == "预算编制科学性").Path));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// Without a 合计 line the total stated in the text is the reported score: it is checked against the indicators' sum, and
    /// the stated grade against the scheme's thresholds.
    /// </summary>
    [Theory]
    [InlineData("86.5", "良", "")]
    [InlineData("86.5", "优", "FA4007 良")]
    [InlineData("90.0", "优", "FA4003 86.5")]
    [InlineData("79.9", "良", "FA4003 86.5|FA4007 中")]
    public void The_stated_total_and_grade_of_a_flattened_report_without_a_total_line_are_checked(string total, string grade, string expected)
    {
        var text = Text(StreetLighting).Replace("合计\n100\n86.5\n", string.Empty, StringComparison.Ordinal)
            .Replace("综合评分为86.5分，评价等级为“良”", $"综合评分为{total}分，评价等级为“{grade}”", StringComparison.Ordinal);
        Assert.NotEqual(Text(StreetLighting), text);
        var result = Audit("stated.txt", text);
        Assert.Equal((total, 19), (Project(result).ReportedScore?.Text, Project(result).Indicators.Count));
        var found = Errors(result).Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).OrderBy(f => f.RuleId).Select(f => $"{f.RuleId} {f.Expected}");
        Assert.Equal(expected, string.Join("|", found));
    }

    /// <summary>Level cells that print their points or carry an ordinal, and a 评价等级 line after the total, read alike.</summary>
    [Fact]
    public void Points_ordinals_and_a_grade_line_in_a_flattened_table_read_like_plain_cells()
    {
        var text = Text(StreetLighting)
            .Replace("\n项目立项\n", "\n（一）项目立项（5分）\n", StringComparison.Ordinal)
            .Replace("决策（15分）", "一、决策类指标（15分）", StringComparison.Ordinal)
            .Replace("合计\n100\n86.5\n", "合计\n100\n86.5\n评价等级\n良\n", StringComparison.Ordinal);
        var result = Audit("ordinals.txt", text);
        var p = Project(result);
        Assert.Equal(Shape(Project(Audit(StreetLighting))).Skip(1).Select(l => l.Replace("组 决策 项目立项 - 得分", "组 决策 项目立项 5 得分", StringComparison.Ordinal)), Shape(p).Skip(1));
        // The grade is placed at its own line, after the 评价等级 label.
        Assert.Equal(("良", LineAfter(StreetLighting, "合计", "86.5") + 2), (p.Grade, p.GradeLocation?.Line));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Warning);
    }
}
