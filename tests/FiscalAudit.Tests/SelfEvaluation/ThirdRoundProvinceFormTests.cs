using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Evaluation documents of provinces the earlier rounds did not cover (issue 12, classes 5, 6 and 8), each with a planted copy
/// and a clean one: a 山东 项目支出绩效自评表 workbook whose 执行率 and 实际完成值 cells are numbers formatted as percentages
/// (0.92 shown as 92.00%), a 广东 财政支出绩效自评报告 whose score and grade are stated in prose, whose 一级 cells are printed
/// lower in their groups and whose 偏差原因 is written in the text, and a 四川 部门整体支出绩效自评表 whose indicator table runs
/// over a page break of a ruled PDF made by LibreOffice.
/// </summary>
public class ThirdRoundProvinceFormTests
{
    private const string Farmland = "zhangqiu-farmland-project.xlsx";
    private const string Culture = "nanhai-culture-report.txt";
    private const string Education = "wuhou-education-department.pdf";

    /// <summary>Each planted document with its plants: rule, the end of the finding's row (its indicator's path, 总分, 等级…), its column.</summary>
    public static TheoryData<string, string[]> Planted => new()
    {
        {
            "zhangqiu-farmland-project-planted.xlsx",
            ["FA4004 年度资金总额 执行率", "FA4001 新建高标准农田面积 得分", "FA4008 受益农户满意度 得分", "FA4003 总分 得分"]
        },
        {
            "nanhai-culture-report-planted.txt",
            ["FA4005 年度资金总额 得分", "FA4008 群众满意度 得分", "FA4007 等级 -"]
        },
        {
            "wuhou-education-department-planted.pdf",
            ["FA3004 教师队伍建设 执行率", "FA4004 年度资金总额 执行率", "FA4001 教师培训人次 得分", "FA4003 总分 得分", "FA4007 等级 -"]
        },
    };

    /// <summary>The evaluation findings (FA4xxx, and FA3004 for the task list's rates) that are errors or warnings, as “rule row-end column”.</summary>
    private static List<string> Reported(AuditResult result) =>
        result.Findings.Where(f => f.Severity != Severity.Info && (f.RuleId.StartsWith("FA4", StringComparison.Ordinal) || f.RuleId == "FA3004"))
            .Select(f => $"{f.RuleId} {f.Location.Row ?? "-"} {f.Location.Column ?? "-"}").ToList();

    [Theory]
    [MemberData(nameof(Planted))]
    public void Every_plant_is_found_once_at_its_place_and_nothing_else_is_reported(string name, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(Reported(AuditFile(name, Provincial)), plants);

    /// <summary>No finding of any severity on the evaluation: the one lower score of each clean copy is explained by its 偏差原因.</summary>
    [Theory]
    [InlineData(Farmland)]
    [InlineData(Culture)]
    [InlineData(Education)]
    public void The_clean_copy_has_no_evaluation_finding(string name)
    {
        var result = AuditFile(name, Provincial);

        Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Empty(result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) || f.RuleId == "FA3004").Select(f => $"{f.RuleId} {f.Message}"));
    }

    /// <summary>Cells holding 0.92, 1 and 0.9 with the number formats 0.00% and 0% are the percentages they show.</summary>
    [Fact]
    public void Percent_formatted_cells_read_as_the_percentages_they_show()
    {
        var p = Project(AuditFile(Farmland, Provincial));

        Assert.Equal(92m, p.Funds.PrintedRate?.Value);
        Assert.Equal([("工程验收合格率", 100m), ("项目按期完工率", 90m), ("受益农户满意度", 92m)],
            p.Indicators.Where(i => i.Actual.Unit == "%").Select(i => (i.Name, i.Actual.Value!.Value.Value)));
    }

    /// <summary>The 一级 cell printed lower in its group (产出 beside the second row, 效益 beside the second): the rows above belong to the framework's group.</summary>
    [Fact]
    public void Rows_printed_above_their_first_level_cell_take_the_group_of_their_second_level()
    {
        var p = Project(Audit(Culture, Text(Culture, Provincial)));

        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"], p.Indicators.Select(i => i.Level1));
    }

    /// <summary>Without any 一级 column the second-level headings alone place every row.</summary>
    [Fact]
    public void A_form_without_first_level_cells_is_grouped_by_its_second_level_headings()
    {
        var text = Text(Culture, Provincial).Replace("\t产出指标\t质量指标", "\t\t质量指标", StringComparison.Ordinal)
            .Replace("\t效益指标\t可持续", "\t\t可持续", StringComparison.Ordinal).Replace("\t满意度指标\t服务", "\t\t服务", StringComparison.Ordinal);

        var result = Audit(Culture, text);

        Assert.Equal(["产出指标", "效益指标", "满意度指标"], Project(result).Indicators.Select(i => i.Level1).Distinct());
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "FA4002" or "FA4006" or "FA4017");
    }

    /// <summary>
    /// 文化活动场次 scored 13 where the reference gives 14.25: quiet while the text gives its reason; a hint when the sentence
    /// is gone or says nothing (“无”, a drafting instruction left in the reason column). The table has a 偏差原因 column and the target
    /// was missed, so the hint is told at the indicator (FA4009, holding the reference total).
    /// </summary>
    [Theory]
    [InlineData(null, false)]
    [InlineData("（一）“文化活动场次”未达到年度指标值。", true)]
    [InlineData("（一）无。", true)]
    public void A_lower_score_explained_in_the_text_gives_no_hint(string? sentence, bool hint)
    {
        var text = Text(Culture, Provincial);
        if (sentence is not null)
            text = System.Text.RegularExpressions.Regex.Replace(text, "（一）“文化活动场次”[^\n]*", sentence);

        var reference = Audit(Culture, text).Findings.Where(f => f.RuleId is "FA4010" or "FA4009").ToList();

        Assert.Equal(hint, reference.Count == 1);
    }

    [Theory]
    [InlineData("受汛期连续降雨影响，3个标段延期至12月完工", false)]
    [InlineData("无", true)]
    [InlineData("/", true)]
    [InlineData("如有偏差请说明原因", true)]
    [InlineData("", true)]
    public void A_reason_column_that_says_nothing_keeps_the_hint(string reason, bool hint)
    {
        var text = Text(Culture, Provincial).Replace("\t13\t\n", $"\t13\t{reason}\n", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, "（一）“文化活动场次”[^\n]*\n", string.Empty);

        var reference = Audit(Culture, text).Findings.Where(f => f.RuleId is "FA4010" or "FA4009").ToList();

        Assert.Equal(hint, reference.Count == 1);
    }

    /// <summary>The rate and the actual value written “85.00%%”, “85.00％”, “百分之八十六”: the same numbers as “85.00%”.</summary>
    [Theory]
    [InlineData("\t85.00%\t", "\t85.00%%\t")]
    [InlineData("\t85.00%\t", "\t85.00％\t")]
    [InlineData("\t93%\t10", "\t86%%\t10")]
    [InlineData("\t93%\t10", "\t86％\t10")]
    [InlineData("\t93%\t10", "\t百分之八十六\t10")]
    public void Percent_forms_in_the_rate_and_actual_columns_are_read_as_percentages(string printed, string written)
    {
        var result = Audit(Culture, Text(Culture, Provincial).Replace(printed, written, StringComparison.Ordinal));

        var p = Project(result);
        Assert.Equal(85m, p.Funds.PrintedRate?.Value);
        var satisfaction = p.Indicators.Single(i => i.Name == "群众满意度");
        Assert.Equal("%", satisfaction.Actual.Unit);
        // 86% misses the ≥90% target with full marks: FA4008; 93% meets it.
        Assert.Equal(satisfaction.Actual.Value!.Value.Value == 86m, result.Findings.Any(f => f.RuleId == "FA4008"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "FA4004" or "FA4005");
    }

    /// <summary>The task list's rate is named by its own column, not by the unit's name in the row above (“部门（单位）名称 | …”).</summary>
    [Theory]
    [InlineData("wuhou-education-department-planted.pdf")]
    [InlineData("sucheng-housing-department-tasks-planted.docx")]
    public void A_task_rate_is_reported_under_its_column_label(string name)
    {
        var rate = Assert.Single(AuditFile(name, Provincial).Findings, f => f.RuleId == "FA3004");

        Assert.Equal("执行率", rate.Location.Column);
        Assert.StartsWith("表格中“", rate.Message, StringComparison.Ordinal);
        Assert.Contains("的“执行率”写为", rate.Message, StringComparison.Ordinal);
    }

    /// <summary>A task's rate is named by the task's name (任务名称), short and stable, not by its 主要内容 printed before the amounts.</summary>
    [Theory]
    [InlineData("wuhou-education-department-planted.pdf", "教师队伍建设")]
    [InlineData("sucheng-housing-department-tasks-planted.docx", "建筑市场监管")]
    public void A_task_rate_is_named_by_the_task(string name, string task)
    {
        var rate = Assert.Single(AuditFile(name, Provincial).Findings, f => f.RuleId == "FA3004");

        Assert.Equal(task, rate.Location.Row);
        Assert.StartsWith($"表格中“{task}”的“执行率”写为", rate.Message, StringComparison.Ordinal);
    }

    /// <summary>The indicator table broken after its first row: every indicator is read, under its group, with its score.</summary>
    [Fact]
    public void An_indicator_table_over_a_page_break_of_a_ruled_pdf_is_read_whole()
    {
        var p = Project(AuditFile(Education, Provincial));

        Assert.Equal(11, p.Indicators.Count);
        Assert.Equal([7, 3, 1], p.Indicators.GroupBy(i => i.Level1).Select(g => g.Count()));
        Assert.Equal(90m, p.Indicators.Sum(i => i.Score!.Value.Value));
        Assert.Equal(("99.80", "优"), (p.ReportedScore?.Text, p.Grade));
    }
}
