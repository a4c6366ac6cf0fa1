using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A third-party evaluation report as another province writes it (Provincial/farmland-third-party.md): weights in
/// “权重（分）” columns, 评价得分, a 评价等级 row with “良好”, and the conclusion worded in several ways. Correct wordings
/// give the stated total and grade and no finding; a grade that does not match is found where it is stated.
/// </summary>
public class ProvincialThirdPartyTests
{
    private const string Farmland = "farmland-third-party.md";

    private const string Conclusion = "经综合评价，该项目综合得分88.78分，评价等级为“良”。";

    private static string Report => Text(Farmland, Provincial);

    /// <summary>The report without its 合计 and 评价等级 rows, so that the total and grade come from the stated conclusion.</summary>
    private static string WithoutTotalRows(string text) =>
        string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("| 合计", StringComparison.Ordinal) && !l.StartsWith("| 评价等级", StringComparison.Ordinal)));

    [Fact]
    public void The_report_is_read_under_its_scheme_and_gives_no_finding()
    {
        var result = Audit(Farmland, Report);
        var p = Project(result);
        Assert.Equal(("高标准农田建设项目", 19, "88.78", "良"), (p.Name, p.Indicators.Count, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(new[] { "决策 20", "过程 20", "产出 40", "效益 20" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.Equal("decision-process-output-benefit-20-20-40-20", p.Recomputation!.SchemeId);
        Assert.Empty(EvaluationFindings(result));
    }

    [Theory]
    [InlineData("2023年项目预算资金6000.00万元，实际支出5550.00万元，预算执行率92.50%。")]
    [InlineData("项目预算安排6000.00万元，截至年底支出资金为5550.00万元，执行率为92.50%。")]
    [InlineData("该项目预算数6000.00万元，实际执行5550.00万元，资金执行率达92.50%。")]
    [InlineData("2023年该项目预算安排资金6,000.00万元，其中中央资金4,000.00万元，省级配套2,000.00万元；实际支出5,550.00万元，预算执行率为92.50%。")]
    [InlineData("项目预算资金60,000,000.00元，实际支出55,500,000.00元，预算执行率92.50%。")]
    public void The_funds_sentence_gives_the_project_its_budget_spending_and_rate(string sentence)
    {
        var stated = "2023年项目预算资金6000.00万元，实际支出5550.00万元，预算执行率92.50%。";
        var result = Audit("funds.md", Report.Replace(stated, sentence, StringComparison.Ordinal));
        var f = Project(result).Funds;
        Assert.Equal((6000m, 5550m, "92.50%", LineOf(Farmland, stated, Provincial)), (f.Budget?.Value, f.Executed?.Value, f.PrintedRate?.Text, f.Location?.Line));
        Assert.DoesNotContain(result.Findings, x => x.Severity <= Severity.Warning);
    }

    /// <summary>A wrong rate in the sentence is the narrative rule's (FA3004), found once, not again as a table's rate.</summary>
    [Fact]
    public void A_wrong_rate_in_the_funds_sentence_is_found_once()
    {
        var result = Audit("funds.md", Report.Replace("预算执行率92.50%", "预算执行率95.20%", StringComparison.Ordinal));
        var f = Assert.Single(result.Findings, x => x.Severity <= Severity.Warning);
        Assert.Equal(("FA3004", LineOf(Farmland, "预算执行率92.50%", Provincial)), (f.RuleId, f.Location.Line));
        Assert.Contains("92.50%", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("经综合评价，该项目评价得分88.78分，评价等级为良。")]
    [InlineData("该项目绩效评价综合得分为88.78分，绩效等级为“良”。")]
    [InlineData("项目综合评价得分88.78分，评价结果为“良”。")]
    [InlineData("总体评价得分88.78分，等级“良”。")]
    [InlineData("本项目最终评分88.78分，评价结论为“良好”。")]
    [InlineData("根据评价指标体系打分，项目得分为88.78分，绩效评价等次为良。")]
    public void Every_wording_of_the_conclusion_gives_the_total_and_grade(string sentence)
    {
        var result = Audit("stated.md", WithoutTotalRows(Report).Replace(Conclusion, sentence, StringComparison.Ordinal));
        var p = Project(result);
        Assert.Equal(("88.78", "良"), (p.ReportedScore?.Text, p.Grade));
        Assert.Equal(LineOf(Farmland, Conclusion, Provincial), p.ReportedScoreLocation?.Line);
        Assert.Empty(EvaluationFindings(result));
    }

    [Theory]
    [InlineData("经综合评价，该项目评价得分88.78分，评价等级为优。", "优")]
    [InlineData("项目综合评价得分88.78分，评价结果为“中”。", "中")]
    [InlineData("本项目最终评分88.78分，评价结论为“优秀”。", "优")]
    public void A_stated_grade_that_does_not_match_the_total_is_found(string sentence, string printed)
    {
        var result = Audit("stated.md", WithoutTotalRows(Report).Replace(Conclusion, sentence, StringComparison.Ordinal));
        var f = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4007", "良", printed, LineOf(Farmland, Conclusion, Provincial)), (f.RuleId, f.Expected, f.Actual, f.Location.Line));
    }

    [Fact]
    public void A_grade_word_inside_another_word_is_no_grade()
    {
        var sentence = "该项目综合得分88.78分，评价结论中指出存在的主要问题如下。";
        var p = Project(Audit("stated.md", WithoutTotalRows(Report).Replace(Conclusion, sentence, StringComparison.Ordinal)));
        Assert.Equal(("88.78", null), (p.ReportedScore?.Text, p.Grade));
    }

    [Theory]
    [InlineData("| 评价等级 | 优秀 |", "优")]
    [InlineData("| 评价等级：中等 |", "中")]
    public void A_grade_row_that_does_not_match_the_total_is_found_on_its_row(string row, string printed)
    {
        var result = Audit("grade.md", Report.Replace("| 评价等级 | 良好 |", row, StringComparison.Ordinal).Replace("评价等级为“良”", "评价等级为“" + printed + "”", StringComparison.Ordinal));
        var f = Assert.Single(EvaluationFindings(result), f => f.RuleId == "FA4007");
        Assert.Equal(("良", printed, LineOf(Farmland, "| 评价等级", Provincial)), (f.Expected, f.Actual, f.Location.Line));
    }

    [Fact]
    public void A_grade_standing_in_the_total_row_is_checked()
    {
        var text = string.Join("\n", Report.Replace("| 合计 | 100 | | ", "| 合计 | 100 | 优 | ", StringComparison.Ordinal).Split('\n').Where(l => !l.StartsWith("| 评价等级", StringComparison.Ordinal)));
        var f = Assert.Single(EvaluationFindings(Audit("grade.md", text)), f => f.RuleId == "FA4007");
        Assert.Equal(("良", "优", LineOf(Farmland, "| 合计", Provincial)), (f.Expected, f.Actual, f.Location.Line));
    }

    /// <summary>First-level cells as other reports print them: points in per cent, without brackets, in 【】, letter codes, class words.</summary>
    [Theory]
    [InlineData("决策（15%）", "过程（25%）", "产出（25%）", "效益（35%）")]
    [InlineData("决策 15分", "过程25", "产出(25)", "效益【35分】")]
    [InlineData("A决策（15分）", "B过程（25分）", "C产出（25分）", "D效益（35分）")]
    [InlineData("项目决策类（15分）", "过程方面（25分）", "一、产出维度（25分）", "项目效益类指标（35分）")]
    public void First_level_cells_of_other_reports_read_like_plain_names(string decision, string process, string output, string benefit)
    {
        var text = Text(Renovation)
            .Replace("| 决策（15分） |", $"| {decision} |", StringComparison.Ordinal)
            .Replace("| 过程（25分） |", $"| {process} |", StringComparison.Ordinal)
            .Replace("| 产出（25分） |", $"| {output} |", StringComparison.Ordinal)
            .Replace("| 效益（35分） |", $"| {benefit} |", StringComparison.Ordinal);
        Assert.Equal(Shape(Project(Audit(Renovation))), Shape(Project(Audit("levels.md", text))));
    }

    /// <summary>A table broken by a page (a converted PDF): the second part, without a header, continues the first.</summary>
    [Theory]
    [InlineData("\n\n— 5 —\n\n")]
    [InlineData("\n\n")]
    [InlineData("\n\n第 6 页 共 9 页\n\n")]
    public void A_table_continued_after_a_page_break_is_read_whole(string between)
    {
        var lines = Report.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("| 产出 |", StringComparison.Ordinal));
        var continued = string.Join("\n", lines.Take(at)) + between + "| | | | | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|---|\n" + string.Join("\n", lines.Skip(at));
        var result = Audit("continued.md", continued);
        Assert.Equal(Shape(Project(Audit(Farmland, Report))), Shape(Project(result)));
        Assert.Empty(EvaluationFindings(result));
    }

    [Fact]
    public void Planted_errors_in_the_indicator_table_are_found_with_both_numbers()
    {
        var text = Report
            .Replace("| 工程验收合格率 | 10 | 达到目标值得满分 | 100% | 100% | 10 |", "| 工程验收合格率 | 10 | 达到目标值得满分 | 100% | 100% | 10.5 |", StringComparison.Ordinal)
            .Replace("| 过程 | 20 |", "| 过程 | 25 |", StringComparison.Ordinal);
        var errors = Audit("errors.md", text).Findings.Where(f => f.Severity <= Severity.Warning)
            .Select(f => (f.RuleId, f.Location.Row, f.Expected?.ToString(), f.Actual?.ToString())).Order().ToList();
        Assert.Equal(new (string, string?, string?, string?)[]
        {
            ("FA4001", "产出 · 产出质量 · 工程验收合格率", "10", "10.5"),
            ("FA4002", "过程", "25", "20"),
            ("FA4003", "总分", "89.28", "88.78"),
        }, errors); // 过程 printed 25 over indicators worth 20: FA4002's finding alone (FA4017 leaves a disputed group to it)
    }

    /// <summary>
    /// A total printed one point above its indicators' sum, every indicator scored as the reference scores it: the total's
    /// own error (FA4003), not also a reference-score hint whose reason would list no indicator (FA4010).
    /// </summary>
    [Theory]
    [InlineData("89.78")]
    [InlineData("87.78")]
    public void A_mistyped_total_is_found_once(string printed)
    {
        var text = Report.Replace("| 合计 | 100 | | | | | | | | 88.78 | |", $"| 合计 | 100 | | | | | | | | {printed} | |", StringComparison.Ordinal)
            .Replace(Conclusion, Conclusion.Replace("88.78", printed, StringComparison.Ordinal), StringComparison.Ordinal);
        var findings = EvaluationFindings(Audit("total.md", text));
        var f = Assert.Single(findings);
        Assert.Equal(("FA4003", 88.78m, decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)), (f.RuleId, (decimal)f.Expected!, (decimal)f.Actual!));
    }
}
