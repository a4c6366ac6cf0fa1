using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Third-party reports whose indicator table names each indicator by a code (“编号 | 指标 | 分值 | 评分标准 | 得分” with A 决策,
/// A1 项目立项, A11 立项依据充分性; “序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分” with A, A1, A1-1; a two-level
/// “编号 | 评价指标 | …” whose first-level rows print no score), every level's points and score in the same columns: read as Markdown,
/// HTML, tab-separated text, Word and Excel, their group points and scores checked like any levelled table's. The correct reports give
/// no finding; each planted error (a second-level score that is not its indicators' sum, a second-level group's points that are not its
/// indicators', a score above its weight, a wrong grade) is found once.
/// </summary>
public sealed class CodedIndicatorTableTests
{
    private const string ElderCare = "coded-two-level-eldercare-20-30-30-20.md";

    public static TheoryData<string, string> Layouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { WasteSorting, Sewage, ElderCare })
            foreach (var layout in new[] { "md", "html", "tab", "docx", "xlsx" }) data.Add(name, layout);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Coded_table_is_read_with_the_points_and_scores_of_every_level_and_gives_no_finding(string name, string layout)
    {
        var result = AuditIn(name, layout);
        var project = Project(result);
        Assert.Empty(EvaluationFindings(result));
        Assert.Equal(["决策", "过程", "产出", "效益"], project.Groups.Where(g => g.Parent is null).Select(g => g.Name));
        Assert.Equal(100m, project.Groups.Where(g => g.Parent is null).Sum(g => g.StatedPoints!.Value.Value));
        Assert.Equal(100m, project.TotalWeight!.Value.Value);
        Assert.Equal(project.Indicators.Sum(i => i.Score!.Value.Value), project.ReportedScore!.Value.Value);
        Assert.Equal("优", project.Grade ?? project.Summary?.Grade);
        Assert.All(project.Indicators, i => Assert.NotNull(i.Level2));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("tab")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Group_rows_keep_their_own_points_and_scores(string layout)
    {
        var project = Project(AuditIn(WasteSorting, layout));
        var goals = Assert.Single(project.Groups, g => g.Parent == "决策" && g.Name == "绩效目标");
        Assert.Equal((5m, 4.5m), (goals.StatedPoints!.Value.Value, goals.StatedScore!.Value.Value));
        var decision = Assert.Single(project.Groups, g => g.Parent is null && g.Name == "决策");
        Assert.Equal((15m, 14m), (decision.StatedPoints!.Value.Value, decision.StatedScore!.Value.Value));
        Assert.Equal(["立项依据充分性", "立项程序规范性"], project.Indicators.Where(i => i.Level2 == "项目立项").Select(i => i.Name));
    }

    [Fact]
    public void A_second_level_row_without_third_level_rows_is_an_indicator_of_its_own_group()
    {
        var project = Project(Audit(ElderCare));
        Assert.Equal(14, project.Indicators.Count);
        var execution = Assert.Single(project.Indicators, i => i.Name == "预算执行");
        Assert.Equal(("过程", "预算执行", 8m, 7.6m), (execution.Level1, execution.Level2, execution.Weight!.Value.Value, execution.Score!.Value.Value));
        Assert.All(project.Groups.Where(g => g.Parent is null), g => Assert.Null(g.StatedScore));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("tab")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Each_planted_error_of_a_coded_table_is_found_once(string layout)
    {
        var findings = EvaluationFindings(AuditIn(WasteSortingPlanted, layout));
        Assert.Equal(["FA4001", "FA4002", "FA4007", "FA4018"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Contains("绩效目标小计得分 3.5", Assert.Single(findings, f => f.RuleId == "FA4018").Message, StringComparison.Ordinal);
        Assert.Contains("组织实施标注 10 分", Assert.Single(findings, f => f.RuleId == "FA4002").Message, StringComparison.Ordinal);
        Assert.Contains("“居民满意度”得分 6 高于分值 5", Assert.Single(findings, f => f.RuleId == "FA4001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_column_of_plain_numbers_reads_each_row_at_the_level_its_name_stands_in()
    {
        var numbered = Text(Sewage).Replace("| 评价等级 | 优 |", "| 评价等级：优 | |", StringComparison.Ordinal);
        var k = 0;
        numbered = System.Text.RegularExpressions.Regex.Replace(numbered, @"(?m)^\| [A-D](?:\d(?:-\d)?)? \|", _ => $"| {++k} |");
        var project = Project(Audit("numbered.md", numbered));
        Assert.Equal(19, project.Indicators.Count);
        Assert.Equal(["决策 20 19", "过程 20 18.7", "产出 40 37", "效益 20 17.5"], project.Groups.Where(g => g.Parent is null).Select(g => $"{g.Name} {g.StatedPoints?.Text} {g.StatedScore?.Text}"));
    }

    /// <summary>The composed report audited in <paramref name="layout"/>: Markdown, HTML tables, tab-separated text, a Word file or a workbook.</summary>
    private static FiscalAudit.Engine.AuditResult AuditIn(string name, string layout)
    {
        var text = Text(name);
        return layout switch
        {
            "html" => Audit(name.Replace(".md", ".html.md", StringComparison.Ordinal), AsHtmlTables(text)),
            "tab" => Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsTabSeparated(text)),
            "docx" => new FiscalAudit.Engine.Auditor().Audit(name.Replace(".md", ".docx", StringComparison.Ordinal), WordRoundTripWriter.Write(Source(name, text))),
            "xlsx" => new FiscalAudit.Engine.Auditor().Audit(name.Replace(".md", ".xlsx", StringComparison.Ordinal), ExcelRoundTripWriter.Write(Source(name, text))),
            _ => Audit(name, text),
        };
    }

    private static Core.Documents.SourceDocument Source(string name, string text) => DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(text));
}
