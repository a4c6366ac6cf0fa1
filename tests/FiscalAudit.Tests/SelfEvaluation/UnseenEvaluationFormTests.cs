using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Evaluation documents of kinds the checker had not seen (issue 12, classes 5 and 8), each with a planted copy and a clean one:
/// a 江西 third-party report whose table pdftotext flattened (20/20/40/20, a 一级指标 cell printed mid-group beside a row of its
/// own 二级指标, “续表” and the header again after a page break), a 江苏 third-party Word report (15/25/25/35, 三级指标 and
/// 评分标准 columns, one-decimal scores, 综合得分 and 等级), a 江苏 部门整体支出绩效自评报告 in Word whose 自评表 lists the
/// 年度主要任务 above its scored 年度资金总额 row, and a 浙江 项目支出绩效自评表 as an Excel workbook.
/// </summary>
public class UnseenEvaluationFormTests
{
    private const string Sanitation = "ganzhou-sanitation-flattened.txt";

    /// <summary>Each planted document with its plants: rule, the end of the finding's row (its indicator's path, 总分, 等级…), its column.</summary>
    public static TheoryData<string, string, string[]> Planted => new()
    {
        {
            "ganzhou-sanitation-flattened-planted.txt", "ThirdParty",
            ["FA4008 预算执行率 得分", "FA4001 管理制度健全性 得分", "FA4003 总分 得分", "FA4007 等级 -"]
        },
        {
            "haimen-school-15-25-25-35-planted.docx", "ThirdParty",
            ["FA3004 - -", "FA4019 预算执行率 得分", "FA4008 工程按期完工率 得分", "FA4007 等级 -"]
        },
        {
            "sucheng-housing-department-tasks-planted.docx", "Provincial",
            ["FA3004 建筑市场监管 执行率", "FA4004 年度资金总额 执行率", "FA4005 年度资金总额 得分", "FA4001 农村危房改造户数 得分", "FA4003 总分 得分", "FA4007 等级 -"]
        },
        {
            "linan-village-project-planted.xlsx", "Provincial",
            ["FA4005 年度资金总额 得分", "FA4008 示范村创建数量 得分", "FA4003 总分 得分", "FA4007 等级 -"]
        },
    };

    /// <summary>The errors and warnings of a result as “rule row-end column” (“-” for none), in report order.</summary>
    private static List<string> Reported(AuditResult result) =>
        result.Findings.Where(f => f.Severity != Severity.Info).Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();

    [Theory]
    [MemberData(nameof(Planted))]
    public void Every_plant_is_found_once_at_its_place_and_nothing_else_is_reported(string name, string folder, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(Reported(AuditFile(name, folder)), plants);

    [Theory]
    [InlineData("ganzhou-sanitation-flattened.txt", "ThirdParty")]
    [InlineData("haimen-school-15-25-25-35.docx", "ThirdParty")]
    [InlineData("sucheng-housing-department-tasks.docx", "Provincial")]
    [InlineData("linan-village-project.xlsx", "Provincial")]
    public void The_clean_copy_has_no_error_or_warning(string name, string folder)
    {
        var result = AuditFile(name, folder);

        Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Empty(Reported(result));
    }

    /// <summary>
    /// The 预算执行率 row prints its target and actual (100%, 92.5%) and is scored by 执行率×分值 on a funds sentence of 92.50%:
    /// 3.7 is right; 3.9 is FA4019's alone; full marks are FA4008's, which also says what the rate gives; above the weight
    /// FA4001's, likewise — one finding on the score cell each time.
    /// </summary>
    [Theory]
    [InlineData("3.7", null, null)]
    [InlineData("3.9", "FA4019", Severity.Warning)]
    [InlineData("4", "FA4008", Severity.Error)]
    [InlineData("4.5", "FA4001", Severity.Error)]
    public void A_rate_indicator_with_a_target_and_an_actual_is_scored_by_the_rate_once(string score, string? rule, Severity? severity)
    {
        var text = Text(Sanitation).Replace("92.5%\n3.7\n", $"92.5%\n{score}\n", StringComparison.Ordinal);

        var atRate = Audit(Sanitation, text).Findings.Where(f => f.Location.Row?.EndsWith("预算执行率", StringComparison.Ordinal) == true).ToList();

        if (rule is null) Assert.Empty(atRate);
        else
        {
            var finding = Assert.Single(atRate);
            Assert.Equal((rule, severity), (finding.RuleId, (Severity?)finding.Severity));
            Assert.Contains("3.7", finding.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// “过程（20分）” printed beside its second row while its first row (资金到位 | 资金到位率, 3 points) has a 二级指标 of its own, or
    /// beside its third: the rows above it are 过程's, so neither group's weights are off; without the stated points to confirm
    /// it (决策 stated as 23) nothing moves.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_first_level_cell_printed_mid_group_takes_back_rows_with_their_own_second_level(bool besideThirdRow)
    {
        var text = Text(Sanitation);
        if (besideThirdRow)
        {
            text = text.Replace("过程（20分）\n资金管理", "资金管理", StringComparison.Ordinal)
                .Replace("3.7\n资金使用合规性", "3.7\n过程（20分）\n资金使用合规性", StringComparison.Ordinal);
        }

        var result = Audit(Sanitation, text);

        var p = Project(result);
        Assert.Equal(["过程 · 资金到位 · 资金到位率", "过程 · 资金管理 · 预算执行率", "过程 · 资金管理 · 资金使用合规性"],
            p.Indicators.Where(i => i.Level1 == "过程").Take(3).Select(i => i.Path));
        Assert.Equal(6, p.Indicators.Count(i => i.Level1 == "决策"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4002");
    }

    [Fact]
    public void Without_the_stated_points_agreeing_the_rows_stay_where_they_are_printed()
    {
        var result = Audit(Sanitation, Text(Sanitation).Replace("决策（20分）", "决策（23分）", StringComparison.Ordinal));

        Assert.Equal("决策 · 资金到位 · 资金到位率", Project(result).Indicators.Single(i => i.Name == "资金到位率").Path);
    }

    /// <summary>
    /// 产出 stated as 32 with 40 points of indicators, 效益 as 28 with 20: its 产出成本 row (8) would make both right, but the
    /// framework puts 产出成本 under 产出 — the groups are mis-weighted, the rows stay and both are reported.
    /// </summary>
    [Fact]
    public void A_group_weighted_off_its_points_is_not_taken_for_a_first_level_cell_printed_mid_group()
    {
        var text = Text(Sanitation).Replace("产出（40分）", "产出（32分）", StringComparison.Ordinal).Replace("效益（20分）", "效益（28分）", StringComparison.Ordinal);

        var result = Audit(Sanitation, text);

        Assert.Equal("产出 · 产出成本 · 吨垃圾清运成本", Project(result).Indicators.Single(i => i.Name == "吨垃圾清运成本").Path);
        Assert.Equal(["产出", "效益"], result.Findings.Where(f => f.RuleId == "FA4002").Select(f => f.Location.Row));
    }

    /// <summary>The page break in the flattened table: “续表”, the caption with “（续）”, “（续上表）” or nothing before the header printed again.</summary>
    [Theory]
    [InlineData("续表")]
    [InlineData("城乡环卫一体化项目绩效评价指标评分表（续）")]
    [InlineData("（续上表）")]
    [InlineData("续表2\n— 10 —")]
    [InlineData("")]
    public void The_header_printed_again_after_a_continuation_mark_is_passed_over(string mark)
    {
        var text = Text(Sanitation).Replace("— 9 —\n续表\n", mark.Length == 0 ? "— 9 —\n" : $"— 9 —\n{mark}\n", StringComparison.Ordinal);

        var result = Audit(Sanitation, text);

        var p = Project(result);
        Assert.Equal(19, p.Indicators.Count);
        Assert.Equal("产出 · 产出质量 · 垃圾无害化处理率", p.Indicators.Single(i => i.Name == "垃圾无害化处理率").Path);
        Assert.Empty(Reported(result));
    }

    /// <summary>
    /// The 江苏 department form: the task list above is the department task parser's (its 金额合计 kept), the scored part below
    /// is read like a project form (funds row 850.00/812.35, 10 points, 9.56; eight indicators; 总分 99.06, 优), and the text's
    /// score and grade are compared with that table once.
    /// </summary>
    [Fact]
    public void A_department_form_with_a_task_list_above_its_scored_funds_row_is_scored_too()
    {
        var result = AuditFile("sucheng-housing-department-tasks.docx", "Provincial");

        var p = Project(result);
        Assert.True(p.DepartmentWide);
        Assert.Equal(("850.00", "812.35", 95.57m, "9.56"), (p.Funds.Budget?.Text, p.Funds.Executed?.Text, p.Funds.PrintedRate?.Value, p.Funds.Score?.Text));
        Assert.Equal(8, p.Indicators.Count);
        Assert.Equal(("99.06", "优", "99.06"), (p.ReportedScore?.Text, p.Grade, p.Summary?.Score?.Text));
        var department = Assert.Single(result.Disclosure!.Evaluations.Departments);
        Assert.Equal(("850.00", "812.35"), (department.TaskTotal?.Budget?.Text, department.TaskTotal?.Executed?.Text));
        Assert.Empty(department.ScoreStatements);
    }

    [Fact]
    public void A_wrong_grade_stated_in_the_text_and_the_table_of_a_department_form_is_one_finding()
    {
        var result = AuditFile("sucheng-housing-department-tasks-planted.docx", "Provincial");

        var grade = Assert.Single(result.Findings, f => f.RuleId is "FA4007" or "FA4507");
        Assert.Contains("97.80", grade.Message, StringComparison.Ordinal);
    }
}
