using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>Projects and department evaluations of the seeds, against values read by hand from the files.</summary>
public class SeedParsingTests
{
    // name, 全年预算数, 全年执行数, 分值, 执行率, 资金得分, 指标数, Σ指标分值, 总分 (null: not printed), table line
    public static TheoryData<string, decimal, decimal, decimal, decimal, decimal, int, decimal, decimal?, int> Seed000 => new()
    {
        { "包联驻村经费", 10m, 9.73m, 10m, 97.34m, 9.73m, 13, 90m, 99.46m, 113 },
        { "鄂尔多斯财政年鉴、财政课题研究及材料印刷费", 80m, 62.6m, 10m, 78.25m, 7.83m, 13, 90m, 84.83m, 334 },
        { "会计专业技术资格无纸化考试服务及会计人员培训经费", 120m, 26.99m, 10m, 22.49m, 2.25m, 9, 90m, 43.7m, 553 },
        { "托亚同志法院调解补偿资金", 34m, 33.87m, 9.96m, 99.62m, 9.96m, 4, 90m, 99.96m, 781 },
        { "预算绩效管理经费", 50m, 14.9m, 10m, 29.80m, 2.98m, 9, 90m, 73.98m, 913 },
        { "派驻纪检组公用经费", 10m, 5.94m, 10m, 59.36m, 5.94m, 8, 90m, 91.88m, 1095 },
        { "培训及购买服务经费", 468m, 261.58m, 10m, 55.89m, 5.59m, 15, 90m, 69.87m, 1268 },
        { "行政事业单位资产管理经费", 113m, 113m, 10m, 100m, 10m, 11, 90m, 100m, 1510 },
        { "鄂尔多斯市政府采购云平台维护服务费及预算联网监督系统软件实施经费", 97m, 91.15m, 10m, 94m, 7m, 15, 90m, 97m, 1711 },
        { "线路租赁、系统升级及保密工作等经费", 100m, 99.4984m, 10m, 99m, 9m, 14, 90m, 99m, 1954 },
        { "鄂尔多斯市财经大数据平台二期建设经费", 350m, 208.8m, 10m, 60m, 6m, 7, 90m, 90m, 2188 },
        { "工资统发信息发布费", 5m, 5m, 10m, 100m, 10m, 4, 90m, 100m, 2349 },
        { "国库集中支付系统软件运行维护费", 2m, 2m, 10m, 100m, 10m, 4, 90m, null, 2554 },
        { "非税收入管理系统运行维护费", 6m, 0m, 10m, 0m, 0m, 5, 90m, 0m, 2761 },
        { "非税收缴、医疗收费票据电子化改革", 104m, 0m, 10m, 0m, 0m, 5, 20m, 0m, 2966 },
        { "财政委托业务评审费", 10m, 0m, 10m, 0m, 0m, 4, 90m, 0m, 3169 },
    };

    [SharedTheory]
    [MemberData(nameof(Seed000))]
    public void Seed000_project_tables_are_read_in_both_layouts(string name, decimal budget, decimal executed, decimal fundsWeight, decimal rate, decimal fundsScore, int indicators, decimal weights, decimal? total, int line)
    {
        var p = SelfEvaluationKit.Project("000", name);
        Assert.Equal(line, p.Location.Line);
        Assert.Equal(budget, p.Funds.Budget!.Value.Value);
        Assert.Equal(executed, p.Funds.Executed!.Value.Value);
        Assert.Equal(fundsWeight, p.Funds.Weight!.Value.Value);
        Assert.Equal(rate, p.Funds.PrintedRate!.Value.Value);
        Assert.Equal(fundsScore, p.Funds.Score!.Value.Value);
        Assert.Equal(indicators, p.Indicators.Count);
        Assert.Equal(weights, p.Indicators.Sum(i => i.Weight?.Value ?? 0m));
        Assert.Equal(total, p.ReportedScore?.Value);
    }

    [SharedFact]
    public void Seed000_has_sixteen_projects_and_reads_indicator_rows_under_their_headings()
    {
        var set = SelfEvaluationKit.Evaluations("000");
        Assert.Equal(16, set.Projects.Count);
        var p = SelfEvaluationKit.Project("000", "包联驻村经费");
        Assert.Equal(2021, p.Year);
        Assert.Equal("鄂尔多斯市财政局", p.Supervisor);
        var days = p.Indicators.Single(i => i.Name == "指标3：驻村天数");
        Assert.Equal(("产出指标", "数量指标"), (days.Level1, days.Level2));
        Assert.Equal((TargetOperator.GreaterThan, 240m, "天"), (days.Target.Operator, days.Target.Value!.Value.Value, days.Target.Unit));
        Assert.Equal(250m, days.Actual.Value!.Value.Value);
        var cost = p.Indicators.Single(i => i.Name == "指标1：2020年驻村总成本（万元）");
        Assert.Equal((10m, 9.73m), (cost.Weight!.Value.Value, cost.Score!.Value.Value));
        Assert.StartsWith("偏差原因：对驻村工作量预判不够精准", cost.Deviation);
        Assert.Equal(new[] { ("产出指标", 50m), ("效益指标", 30m), ("满意度指标", 10m) }, p.Groups.Select(g => (g.Name, g.StatedPoints!.Value.Value)));
        // Layout 2 row whose cells are shifted by an empty line (第2536–2541行).
        var wage = SelfEvaluationKit.Project("000", "工资统发信息发布费").Indicators.Single(i => i.Level1 == "满意度指标");
        Assert.Equal(("优", "优", 10m, 10m), (wage.Target.Text, wage.Actual.Text, wage.Weight!.Value.Value, wage.Score!.Value.Value));
    }

    [SharedFact]
    public void Seed000_summaries_are_linked_to_their_tables()
    {
        var set = SelfEvaluationKit.Evaluations("000");
        Assert.Equal(16, set.Summaries.Count);
        Assert.All(set.Projects, p => Assert.NotNull(p.Summary));
        var s = SelfEvaluationKit.Project("000", "包联驻村经费").Summary!;
        Assert.Equal((99.46m, 10m, 9.73m, 97.34m, 78), (s.Score!.Value.Value, s.Budget!.Value.Value, s.Executed!.Value.Value, s.Rate!.Value.Value, s.Location.Line!.Value));
        // 第74行 counts the projects evaluated with their funds, 第77行 those whose results the 决算 publishes (“反映…等16个…项目的绩效自评结果”).
        Assert.Equal(new[] { (16, (decimal?)1559.00m, false, 74), (16, null, true, 77) },
            set.Portfolio.Select(p => (p.ProjectCount, p.Amount?.Value, p.Published, p.Location.Line!.Value)));
    }

    [SharedFact]
    public void Seed002_project_tables_have_targets_but_no_indicator_scores()
    {
        var set = SelfEvaluationKit.Evaluations("002");
        Assert.Equal(new[] { "政务大厅便民服务设备配置", "工作人员绩效考核奖", "申报智慧沁阳大数据中心新基建项目专项债券前期经费" }, set.Projects.Select(p => p.Name));
        Assert.Equal(new[] { (3.65m, 3.65m, 100m), (21.47m, 21.47m, 100m), (6m, 0m, 90m) },
            set.Projects.Select(p => (p.Funds.Budget!.Value.Value, p.Funds.Executed!.Value.Value, p.ReportedScore!.Value.Value)));
        Assert.All(set.Projects.SelectMany(p => p.Indicators), i => Assert.Null(i.Score));
        var copier = set.Projects[0].Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "1台", "1台"), (copier.Level1, copier.Level2, copier.Target.Text, copier.Actual.Text));
    }

    [SharedFact]
    public void Seed002_department_self_evaluation_lists_eight_tasks()
    {
        var d = Assert.Single(SelfEvaluationKit.Evaluations("002").Departments);
        Assert.Equal(8, d.Tasks.Count);
        Assert.Equal(("1. 电费", 67.86m, 7m, 4.75m), (d.Tasks[0].Name, d.Tasks[0].PrintedRate!.Value.Value, d.Tasks[0].Budget!.Value.Value, d.Tasks[0].Executed!.Value.Value));
        Assert.Equal((108.78m, 85m), (d.TaskTotal!.Budget!.Value.Value, d.TaskTotal.Executed!.Value.Value));
        Assert.Equal(97.5m, d.TotalScore!.Value.Value);
        Assert.Equal(10, d.Targets.Count);
        Assert.Contains(d.ScoreStatements, s => s.Score.Value == 97.5m && s.Grade == "优");
    }

    public static TheoryData<string, decimal, decimal, decimal, decimal, decimal, int> Seed003 => new()
    {
        { "会议经费", 32m, 20.37m, 63.66m, 96.37m, 90m, 11 },
        { "培训经费", 25m, 21.69m, 86.76m, 98.68m, 90m, 16 },
        { "办公室维修经费", 25m, 22.73m, 90.92m, 99.09m, 90m, 17 },
        { "办公设备购置经费", 30m, 29.67m, 98.9m, 99.89m, 90m, 15 },
        { "档案整理专项经费", 3m, 3m, 100m, 100m, 90m, 11 },
    };

    [SharedTheory]
    [MemberData(nameof(Seed003))]
    public void Seed003_prose_reports_are_read_and_their_totals_recomputed(string name, decimal budget, decimal executed, decimal rate, decimal total, decimal weights, int indicators)
    {
        var p = SelfEvaluationKit.Project("003", name);
        Assert.Equal((budget, executed, rate), (p.Funds.Budget!.Value.Value, p.Funds.Executed!.Value.Value, p.Funds.PrintedRate!.Value.Value));
        Assert.Equal((total, "优"), (p.ReportedScore!.Value.Value, p.Grade));
        Assert.Equal(indicators, p.Indicators.Count);
        Assert.Equal(weights, p.Indicators.Sum(i => i.Weight!.Value.Value));
        Assert.Equal(weights, p.Indicators.Sum(i => i.Score!.Value.Value));
        Assert.Equal(total, p.Recomputation!.RecomputedScore);
    }

    [SharedFact]
    public void Seed003_first_report_has_no_title_and_takes_its_name_from_the_text()
    {
        var p = SelfEvaluationKit.Evaluations("003").Projects[0];
        Assert.Equal(("会议经费", (int?)null), (p.Name, p.Year));
        Assert.Equal(40m, Assert.Single(p.GoalBudgetMentions).Amount.Value);
        var first = p.Indicators[0];
        Assert.Equal(("召开会议次数(次)", "产出指标", "数量指标", 20m, 21m, 8m, 8m), (first.Name, first.Level1, first.Level2, first.Target.Value!.Value.Value, first.Actual.Value!.Value.Value, first.Weight!.Value.Value, first.Score!.Value.Value));
    }

    // name, 全年预算数, 执行数 (from the summary), 合计, Σ printed scores
    public static TheoryData<string, decimal, decimal, decimal> Seed004 => new()
    {
        { "审计人员外勤补助", 27m, 23.41m, 80m },
        { "审计信息综合楼管理费", 20m, 13.68m, 80m },
        { "2019年中央对地方审计机关专项补助经费", 70m, 50.14m, 80m },
        { "金审工程维护费", 5m, 5m, 84m },
        { "审计服务费", 202.5m, 34.5m, 71m },
    };

    [SharedTheory]
    [MemberData(nameof(Seed004))]
    public void Seed004_bracket_forms_are_read_from_one_fragment_per_line(string name, decimal budget, decimal executed, decimal total)
    {
        var p = SelfEvaluationKit.Project("004", name);
        Assert.Equal(EvaluationForm.InputProcessOutputEffect, p.Form);
        Assert.Equal(20, p.Indicators.Count);
        Assert.True(p.Funds.FromSummary);
        Assert.Equal((budget, executed), (p.Funds.Budget!.Value.Value, p.Funds.Executed!.Value.Value));
        Assert.Equal(total, p.ReportedScore!.Value.Value);
        Assert.Equal(total, p.Indicators.Sum(i => i.Score?.Value ?? 0m));
        Assert.Equal(total, p.Recomputation!.RecomputedScore);
    }

    [SharedFact]
    public void Seed004_scores_land_on_their_indicators()
    {
        var scores = SelfEvaluationKit.Project("004", "2019年中央对地方审计机关专项补助经费").Indicators.ToDictionary(i => i.Level2 + i.Name, i => i.Score?.Value);
        Assert.Equal(9m, scores["项目产出实际完成率"]);
        Assert.Equal(1m, scores["项目产出完成及时率"]);
        Assert.Equal(10m, scores["项目效益社会公众或服务对象满意度"]);
        Assert.Null(scores["项目效益经济效益"]);
        var finance = SelfEvaluationKit.Project("004", "金审工程维护费").Indicators.Single(i => i.Level2 == "财务管理" && i.Name == "管理制度健全性");
        Assert.Equal((3m, 5m, 3054), (finance.Weight!.Value.Value, finance.Score!.Value.Value, finance.Location.Line!.Value));
    }

    [SharedFact]
    public void Seed001_department_tree_has_3_11_41_indicators_weighing_35_20_45()
    {
        var d = Assert.Single(SelfEvaluationKit.Evaluations("001").Departments);
        Assert.Equal(new[] { ("A", 35m), ("B", 20m), ("C", 45m) }, d.Indicators.Select(n => (n.Code!, n.Weight!.Value.Value)));
        Assert.Equal(11, d.All().Count(n => n.Level == 2));
        Assert.Equal(41, d.All().Count(n => n.Level == 3));
        Assert.Equal(100m, d.All().Where(n => n.Level == 3).Sum(n => n.Score!.Value.Value));
        Assert.Equal((100m, 100m, 100m), (d.TotalWeight!.Value.Value, d.TotalScore!.Value.Value, d.RecomputedScore!.Value));
        Assert.Equal(new[] { 35m, 20m, 45m, 100m }, d.ScoreStatements.Where(s => s.Location.Line is 138 or 139 or 140 or 141).Select(s => s.Score.Value));
        Assert.Contains(d.StatedCounts, c => c.Level == 3 && c.Count == 41);
        var a11 = d.All().Single(n => n.Code == "A11");
        Assert.StartsWith("①设定了部门中长期规划目标，得0.25分", a11.Rubric);
    }
}
