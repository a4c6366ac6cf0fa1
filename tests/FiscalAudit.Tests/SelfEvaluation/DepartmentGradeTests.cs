using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Department-wide (部门整体) self-evaluations: the stated grade against the total under the grade bands — those the
/// document states (“90分（含）以上为优，75分（含）至90分为良……”), else the usual 90/80/60, a grade only another published
/// set (90/75/60) gives being a hint — in the 决策/过程/产出/效益 report (Provincial/finance-bureau-department-wide.md) and the
/// project-table form (Provincial/natural-resources-department.txt), with the grade worded in several ways.
/// </summary>
public class DepartmentGradeTests
{
    private const string Finance = "finance-bureau-department-wide.md";

    private const string Resources = "natural-resources-department.txt";

    private const string Conclusion = "经自评，我局2023年度部门整体支出绩效自评得分为92.5分，自评等级为“优”。";

    private const string Bands = "90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。";

    private static string Report => Text(Finance, Provincial);

    /// <summary>The report with every indicator of 产出 and 效益 scoring 10.5 instead of 14: a total of 78.5.</summary>
    private static string Scored78(string bands, string grade) => Report
        .Replace("| 14 |", "| 10.5 |", StringComparison.Ordinal).Replace("92.5", "78.5", StringComparison.Ordinal)
        .Replace(Bands, bands, StringComparison.Ordinal).Replace("自评等级为“优”", $"自评等级为“{grade}”", StringComparison.Ordinal);

    [Fact]
    public void The_department_wide_report_is_the_departments_and_has_no_finding()
    {
        var result = Audit(Finance, Report);
        var p = Project(result);
        Assert.True(p.DepartmentWide);
        Assert.Equal(("宁乡市财政局", 2023, "92.5", "优"), (p.Name, p.Year, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(new[] { "优 90", "良 80", "中 60", "差 0" }, result.Disclosure!.Evaluations.GradeBands.Select(b => $"{b.Grade} {b.Min}"));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Info);
    }

    /// <summary>A 部门支出 self-evaluation report is the department's own, as a 部门整体支出 one is (“部门支出” is a department-wide title word).</summary>
    [Theory]
    [InlineData("宁乡市财政局2023年度部门支出绩效自评报告", "经自评，我局2023年度部门支出绩效自评得分为92.5分，自评等级为“优”。")]
    [InlineData("宁乡市财政局2023年度部门整体支出绩效自评报告", "经自评，我局部门支出绩效自评得分为92.5分。")]
    public void A_department_spending_report_is_the_departments(string title, string conclusion)
    {
        var p = Project(Audit("spending.md", Report.Replace("宁乡市财政局2023年度部门整体支出绩效自评报告", title, StringComparison.Ordinal).Replace(Conclusion, conclusion, StringComparison.Ordinal)));
        Assert.Equal((true, "宁乡市财政局", "92.5"), (p.DepartmentWide, p.Name, p.ReportedScore?.Text));
    }

    [Theory]
    [InlineData("经自评，我局2023年度部门整体支出绩效自评得分为92.5分，自评等级为“良”。", "良")]
    [InlineData("经自评，我局2023年度部门整体支出绩效自评得分为92.5分。评价结果为良好。", "良")]
    [InlineData("我局2023年度部门整体支出绩效综合评分为92.5分，自评结果为“中”。", "中")]
    [InlineData("本部门整体支出绩效自评得分92.5分，绩效等级为良好。", "良")]
    public void A_stated_grade_that_the_total_does_not_earn_is_an_error_where_it_is_stated(string conclusion, string printed)
    {
        var result = Audit("grade.md", Report.Replace(Conclusion, conclusion, StringComparison.Ordinal));
        var f = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4007", Severity.Error, "优", printed, LineOf(Finance, Conclusion, Provincial)), (f.RuleId, f.Severity, f.Expected, f.Actual, f.Location.Line));
        Assert.Contains("文中所列等级标准", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("经自评，我局2023年度部门整体支出绩效自评得分为92.5分。评价结果为优秀。")]
    [InlineData("我局2023年度部门整体支出绩效综合评分为92.5分，自评结果为“优”。")]
    [InlineData("本部门整体支出绩效自评得分92.5分，绩效等级为优。")]
    public void A_stated_grade_that_matches_is_no_finding(string conclusion)
    {
        var result = Audit("grade.md", Report.Replace(Conclusion, conclusion, StringComparison.Ordinal));
        Assert.Equal("优", Project(result).Grade);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.Severity <= Severity.Info);
    }

    /// <summary>78.5 is 良 under 90/75/60 and 中 under 90/80/60: the bands the document states decide.</summary>
    [Theory]
    [InlineData("90分（含）以上为优，75分（含）至90分为良，60分（含）至75分为中，60分以下为差。", "良", null)]
    [InlineData("评价结果分为优（90分及以上）、良（75-89分）、中（60-74分）、差（60分以下）四个等级。", "良", null)]
    [InlineData("其中90-100分为优秀，75-89分为良好，60-74分为中等，60分以下为较差。", "中", "良")]
    [InlineData("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", "良", "中")]
    [InlineData("评价结果分为优（90分及以上）、良（80-89分）、中（60-79分）、差（60分以下）四个等级。", "中", null)]
    public void The_bands_the_document_states_decide(string bands, string grade, string? expected)
    {
        var result = Audit("bands.md", Scored78(bands, grade));
        Assert.Equal("78.5", Project(result).ReportedScore?.Text);
        var found = EvaluationFindings(result).Where(f => f.RuleId == "FA4007").Select(f => (f.Expected?.ToString(), f.Severity)).ToList();
        Assert.Equal(expected is null ? [] : new[] { ((string?)expected, Severity.Error) }, found);
    }

    /// <summary>Bands of the pass/fail scales stated alone: 78.5 is 合格 under 60 and 不合格 under 80, whatever the published sets say.</summary>
    [Theory]
    [InlineData("得分60分（含）以上为合格，60分以下为不合格。", "合格", null)]
    [InlineData("得分80分（含）以上为合格，80分以下为不合格。", "合格", "不合格")]
    [InlineData("评价结果分为合格（80分及以上）、不合格（80分以下）两个等级。", "合格", "不合格")]
    [InlineData("80分（含）以上为合格，60分（含）至80分为基本合格，60分以下为不合格。", "合格", "基本合格")]
    [InlineData("评价等级分为合格、不合格两档：总分≥60分为合格，＜60分为不合格。", "不合格", "合格")]
    public void Pass_fail_bands_the_document_states_decide(string bands, string grade, string? expected)
    {
        var result = Audit("passfail.md", Scored78(bands, grade));
        Assert.Contains(result.Disclosure!.Evaluations.GradeBands, b => b.Grade == "不合格" && b.Min == 0);
        var found = EvaluationFindings(result).Where(f => f.RuleId == "FA4007").Select(f => (f.Expected?.ToString(), f.Severity, f.Message.Contains("文中所列等级标准", StringComparison.Ordinal))).ToList();
        Assert.Equal(expected is null ? [] : new[] { ((string?)expected, Severity.Error, true) }, found);
    }

    /// <summary>A grade of another scale than the bands stated (优 beside 合格/不合格 bands) is judged as without them.</summary>
    [Fact]
    public void Pass_fail_bands_do_not_judge_a_grade_of_the_usual_scale()
    {
        var result = Audit("passfail.md", Report.Replace(Bands, "得分60分（含）以上为合格，60分以下为不合格。", StringComparison.Ordinal));
        Assert.Equal(new[] { "合格 60", "不合格 0" }, result.Disclosure!.Evaluations.GradeBands.Select(b => $"{b.Grade} {b.Min}"));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.RuleId == "FA4007");
    }

    /// <summary>Points a criterion awards for 合格/不合格 are no bands.</summary>
    [Theory]
    [InlineData("工程按期验收合格得10分，不合格得0分。")]
    [InlineData("资金使用合规的得5分，存在问题的不得分，审计结论为不合格的扣5分。")]
    public void Points_awarded_for_pass_and_fail_are_no_bands(string criterion)
    {
        var result = Audit("criterion.md", Scored78(criterion, "合格"));
        Assert.Empty(result.Disclosure!.Evaluations.GradeBands);
        Assert.DoesNotContain(EvaluationFindings(result), f => f.RuleId == "FA4007");
    }

    /// <summary>A project report scored 88.5 that states its own pass mark of 90.</summary>
    [Theory]
    [InlineData("评价等级为“合格”", "不合格")]
    [InlineData("评价等级为“不合格”", null)]
    public void A_project_reports_pass_fail_bands_decide_its_grade(string stated, string? expected)
    {
        var text = Text(Renovation).Replace("评价等级为“良”。", stated + "。综合得分90分（含）以上为合格，90分以下为不合格。", StringComparison.Ordinal);
        var found = Audit("project.md", text).Findings.Where(f => f.RuleId == "FA4007").Select(f => (f.Expected?.ToString(), f.Severity)).ToList();
        Assert.Equal(expected is null ? [] : new[] { ((string?)expected, Severity.Error) }, found);
    }

    [Theory]
    [InlineData("良", Severity.Info, "中")]
    [InlineData("中", null, null)]
    [InlineData("优", Severity.Error, "中")]
    public void Without_stated_bands_a_grade_only_another_published_set_gives_is_a_hint(string grade, Severity? severity, string? expected)
    {
        var result = Audit("nobands.md", Scored78(string.Empty, grade));
        Assert.Empty(result.Disclosure!.Evaluations.GradeBands);
        var found = EvaluationFindings(result).Where(f => f.RuleId == "FA4007").Select(f => (f.Expected?.ToString(), (Severity?)f.Severity)).ToList();
        Assert.Equal(severity is null ? [] : new[] { (expected, severity) }, found);
    }

    [Theory]
    [InlineData("本部门2023年度整体支出绩效自评得分99.23分，自评等级为良。", "良")]
    [InlineData("本部门2023年度整体支出绩效自评得分99.23分。评价结果为“良好”。", "良")]
    [InlineData("本部门2023年度整体支出绩效自评得分为99.23分，评价等级为中等。", "中")]
    public void The_project_table_form_compares_the_texts_grade_with_its_total(string sentence, string printed)
    {
        const string stated = "本部门2023年度整体支出绩效自评得分99.23分，自评等级为优。";
        var result = Audit("resources.txt", Text(Resources, Provincial).Replace(stated, sentence, StringComparison.Ordinal));
        var f = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4007", "优", printed, LineOf(Resources, stated, Provincial)), (f.RuleId, f.Expected, f.Actual, f.Location.Line));
    }

    [Fact]
    public void A_project_report_keeps_the_usual_bands_strictly()
    {
        var text = Text(Renovation).Replace("综合得分为88.5分，评价等级为“良”", "综合得分为78.5分，评价等级为“良”", StringComparison.Ordinal);
        text = string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("| 合计", StringComparison.Ordinal)));
        var f = Assert.Single(Audit("project.md", text).Findings, f => f.RuleId == "FA4007");
        Assert.Equal(("中", Severity.Error), (f.Expected, f.Severity));
    }

    /// <summary>A department-wide table without its 总分 row: the stated total is compared with the sum of the funds and indicator scores (99.23).</summary>
    [Theory]
    [InlineData("本部门2023年度整体支出绩效自评得分99.23分，自评等级为优。", null)]
    [InlineData("本部门2023年度整体支出绩效自评得分95.50分，自评等级为优。", "95.50")]
    [InlineData("经自评，本部门整体支出绩效自评得分为97分。自评等级为优。", "97")]
    public void Without_a_total_row_the_stated_total_is_compared_with_the_sum_of_the_scores(string sentence, string? wrong)
    {
        const string stated = "本部门2023年度整体支出绩效自评得分99.23分，自评等级为优。";
        var text = string.Join("\n", Text(Resources, Provincial).Replace(stated, sentence, StringComparison.Ordinal).Split('\n').Where(l => !l.StartsWith("总分", StringComparison.Ordinal)));
        var result = Audit("nototal.txt", text);
        Assert.Null(Project(result).ReportedScore);
        var found = EvaluationFindings(result).Where(f => f.Severity <= Severity.Warning).Select(f => $"{f.RuleId} {f.Expected} {f.Actual}");
        Assert.Equal(wrong is null ? [] : new[] { $"FA4012 99.23 {wrong}" }, found);
    }

    /// <summary>Seed 001's indicator tree (100 points, 优) with its 评价结果 sentence worded otherwise: the grade is read from the sentence or the next.</summary>
    [SharedTheory]
    [InlineData("区财政局本次整体支出绩效自评得分100.00分。评价结果为良好。", "良", "区财政局本次整体支出绩效自评得分100.00分。评价结果为优秀。")]
    [InlineData("区财政局本次整体支出绩效自评得分100.00分，自评等级为“中”。", "中", "区财政局本次整体支出绩效自评得分100.00分，自评等级为“优”。")]
    [InlineData("区财政局本次整体支出绩效自评得分100.00分，结论为良。", "良", "区财政局本次整体支出绩效自评得分100.00分，结论为优。")]
    public void A_department_trees_stated_grade_is_read_in_any_wording_and_checked(string wrong, string printed, string right)
    {
        const string stated = "区财政局本次整体支出绩效自评得分100.00分，评价等级为“优”。";
        var seed = File.ReadAllText(Repo.Seed("001"));
        var f = Assert.Single(SelfEvaluationKit.FromText(seed.Replace(stated, wrong, StringComparison.Ordinal)).Findings, f => f.RuleId == "FA4507");
        Assert.Equal(("优", printed, Severity.Error), (f.Expected, f.Actual, f.Severity));
        Assert.DoesNotContain(SelfEvaluationKit.FromText(seed.Replace(stated, right, StringComparison.Ordinal)).Findings, f => f.RuleId == "FA4507");
    }
}
