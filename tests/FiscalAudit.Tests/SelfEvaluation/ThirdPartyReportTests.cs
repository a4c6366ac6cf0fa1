using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Third-party evaluation reports (第三方绩效评价报告, 决策/过程/产出/效益) composed under SelfEvaluation/ThirdParty:
/// recognised as evaluations, parsed into one project each, scored under the scheme their first-level points
/// select, and checked by the self-evaluation rules.
/// </summary>
public class ThirdPartyReportTests
{
    [Fact]
    public void A_correct_15_25_25_35_report_is_read_whole_and_has_no_error()
    {
        var result = Audit(Renovation);
        Assert.Equal(DocumentKind.SelfEvaluation, result.Disclosure!.Kind);
        var p = Project(result);
        Assert.Equal(("滨河区老旧小区改造项目", EvaluationForm.DecisionProcessOutputBenefit, 2023), (p.Name, p.Form, p.Year));
        Assert.Equal(19, p.Indicators.Count);
        Assert.Equal(new[] { "决策 15", "过程 25", "产出 25", "效益 35" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.Equal(12, p.Groups.Count(g => !g.IsLevel1));
        Assert.Equal(("100", "88.5", "良"), (p.TotalWeight?.Text, p.ReportedScore?.Text, p.Grade));
        Assert.Equal("88.5", p.Summary?.Score?.Text);
        var i = p.Indicators.Single(x => x.Name == "按期完工率");
        Assert.Equal(("产出 · 产出时效 · 按期完工率", TargetOperator.AtLeast, 90m, "83.3%", 5m, 4.5m), (i.Path, i.Target.Operator, i.Target.Value!.Value.Value, i.Actual.Text, i.Weight!.Value.Value, i.Score!.Value.Value));
        Assert.Equal("decision-process-output-benefit-15-25-25-35", p.Recomputation!.SchemeId);
        Assert.Equal(88.5m, p.Recomputation.IndicatorSum);
        Assert.Empty(Errors(result));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Warning && f.RuleId.StartsWith("FA4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correct_20_20_40_20_report_with_weight_columns_selects_its_scheme_and_has_no_error()
    {
        var result = Audit(RoadMaintenance);
        var p = Project(result);
        Assert.Equal(("乡村公路养护项目", 2024, "93.2", "优"), (p.Name, p.Year, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(("青山县交通运输局", "青山县公路养护中心"), (p.Supervisor, p.Implementer));
        Assert.Equal(("100", 18), (p.TotalWeight?.Text, p.Indicators.Count));
        Assert.Equal(new[] { "决策 20", "过程 20", "产出 40", "效益 20" }, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.Equal(new[] { "决策 项目立项 6", "决策 绩效目标 8", "决策 资金投入 6" }, p.Groups.Where(g => g.Parent == "决策").Select(g => $"{g.Parent} {g.Name} {g.StatedPoints!.Value.Value}"));
        Assert.Equal("decision-process-output-benefit-20-20-40-20", p.Recomputation!.SchemeId);
        Assert.Empty(Errors(result));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Warning && f.RuleId.StartsWith("FA4", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_planted_error_is_found_with_its_numbers_and_place()
    {
        var result = Audit(ElderlyCare);
        var p = Project(result);
        Assert.Equal(("社区养老服务中心运营补助项目", "decision-process-output-benefit-15-25-25-35"), (p.Name, p.Recomputation!.SchemeId));
        var found = result.Findings.Where(f => f.Severity <= Severity.Warning).Select(f => (f.RuleId, f.Location.Line, f.Location.Row, f.Location.Column, f.Expected?.ToString(), f.Actual?.ToString())).ToList();
        var expected = new (string, int?, string?, string?, string?, string?)[]
        {
            ("FA4001", LineOf(ElderlyCare, "| 资金到位率 |"), "过程 · 资金管理 · 资金到位率", "得分", "5", "5.5"),
            ("FA4002", LineOf(ElderlyCare, "项目立项（5分）"), "决策 · 项目立项", "分值", "5", "6"),
            ("FA4003", LineOf(ElderlyCare, "| 合计 |"), "总分", "得分", "93.0", "91.5"),
            ("FA4007", LineOf(ElderlyCare, "综合得分为91.5分"), "等级", null, "优", "良"),
            ("FA4008", LineOf(ElderlyCare, "| 服务质量达标率 |"), "产出 · 产出质量 · 服务质量达标率", "得分", "≥95%", "88%"),
            ("FA4019", LineOf(ElderlyCare, "| 预算执行率 |"), "过程 · 资金管理 · 预算执行率", "得分", "4.75", "4.5"), // 5 × 95.00% by its rubric “执行率×分值”
        };
        Assert.Equal(expected.OrderBy(e => e.Item1).ThenBy(e => e.Item2), found.OrderBy(e => e.RuleId).ThenBy(e => e.Line));
        Assert.Contains(result.Findings, f => f.RuleId == "FA4003" && f.Message.Contains("总分 91.5 ≠ 各指标得分之和 93", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stated_total_that_differs_from_the_table_is_a_summary_mismatch()
    {
        var result = Audit("stated.md", Text(Renovation).Replace("综合得分为88.5分", "综合得分为90.5分", StringComparison.Ordinal));
        var f = Assert.Single(result.Findings, f => f.RuleId == "FA4012");
        Assert.Equal((88.5m, 90.5m), ((decimal)f.Expected!, (decimal)f.Actual!));
        Assert.Equal(LineOf(Renovation, "综合得分为88.5分"), f.Location.Line);
        Assert.Equal(LineOf(Renovation, "| 合计 |"), Assert.Single(f.RelatedLocations!).Line);
    }

    /// <summary>Without a 合计 row the stated total is the reported score; its grade follows the scheme's thresholds.</summary>
    [Theory]
    [InlineData("90.0", "优", null)]
    [InlineData("89.9", "优", "良")]
    [InlineData("80.0", "良", null)]
    [InlineData("79.9", "良", "中")]
    [InlineData("59.9", "中", "差")]
    public void The_stated_grade_is_checked_against_the_stated_total(string total, string grade, string? expected)
    {
        var text = Text(Renovation).Replace("综合得分为88.5分，评价等级为“良”", $"综合得分为{total}分，评价等级为“{grade}”", StringComparison.Ordinal);
        text = string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("| 合计", StringComparison.Ordinal)));
        var result = Audit("grade.md", text);
        Assert.Equal(total, Project(result).ReportedScore?.Text);
        var grades = result.Findings.Where(f => f.RuleId == "FA4007").Select(f => f.Expected?.ToString()).ToList();
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, grades);
    }

    [Fact]
    public void A_tab_separated_export_reads_like_the_markdown()
    {
        foreach (var name in new[] { Renovation, RoadMaintenance, ElderlyCare })
        {
            var markdown = Audit(name);
            var tabbed = Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsTabSeparated(Text(name)));
            Assert.Equal(Shape(Project(markdown)), Shape(Project(tabbed)));
            Assert.Equal(markdown.Findings.Select(f => (f.RuleId, f.Location.Row, f.Location.Column)), tabbed.Findings.Select(f => (f.RuleId, f.Location.Row, f.Location.Column)));
        }
    }

    [Fact]
    public void A_table_of_the_output_benefit_satisfaction_form_is_not_read_as_a_third_party_table()
    {
        var text = Text(Renovation).Replace("| 决策（15分）", "| 产出指标（50分）", StringComparison.Ordinal).Replace("| 过程（25分）", "| 效益指标（30分）", StringComparison.Ordinal);
        Assert.Empty(Audit("other.md", text).Disclosure!.Evaluations.Projects);
    }

    [Fact]
    public void Two_reports_in_one_file_are_two_projects_each_with_its_own_name_and_findings()
    {
        var result = Audit("both.md", Text(Renovation) + "\n\n" + Text(ElderlyCare));
        var projects = result.Disclosure!.Evaluations.Projects;
        Assert.Equal(new[] { "滨河区老旧小区改造项目", "社区养老服务中心运营补助项目" }, projects.Select(p => p.Name));
        Assert.Equal(new[] { "88.5", "91.5" }, projects.Select(p => p.ReportedScore?.Text));
        Assert.Equal(new[] { "良", "良" }, projects.Select(p => p.Grade));
        Assert.All(Errors(result), f => Assert.Equal("社区养老服务中心运营补助项目", f.Location.Table));
        Assert.Equal(4, Errors(result).Count);
    }

    [Fact]
    public void Ordinals_and_class_words_in_level_cells_read_like_plain_names()
    {
        var text = Text(Renovation)
            .Replace("| 决策（15分） |", "| 一、决策类指标（15分） |", StringComparison.Ordinal)
            .Replace("| 过程（25分） |", "| （二）过程（25分） |", StringComparison.Ordinal)
            .Replace("| 项目立项（5分） |", "| 1.项目立项（5分） |", StringComparison.Ordinal)
            .Replace("| 产出（25分） |", "| （25分）产出 |", StringComparison.Ordinal);
        Assert.Equal(Shape(Project(Audit(Renovation))), Shape(Project(Audit("ordinals.md", text))));
    }

    /// <summary>The 合计 stands for [x − half a unit, x + half a unit] of its last printed digit: 88.46 prints as 88.5, 88.4 does not.</summary>
    [Theory]
    [InlineData("2.46", null)]
    [InlineData("2.54", null)]
    [InlineData("2.4", "88.4")]
    [InlineData("2.56", "88.56")]
    public void The_total_is_compared_with_the_sum_of_scores_within_its_rounding(string score, string? expected)
    {
        var text = Text(Renovation).Replace("| 立项依据充分性 | 3 | 符合法律法规、发展规划和部门职责得3分，每有一项不符扣1分 | | | 2.5 |", $"| 立项依据充分性 | 3 | 符合法律法规、发展规划和部门职责得3分，每有一项不符扣1分 | | | {score} |", StringComparison.Ordinal);
        Assert.NotEqual(Text(Renovation), text);
        var totals = Audit("rounding.md", text).Findings.Where(f => f.RuleId == "FA4003").Select(f => ((decimal)f.Expected!).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, totals);
    }
}
