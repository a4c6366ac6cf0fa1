namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of prose-report.json (and the column words of indicator-table.json it shares) decide what a prose project report
/// states: the name sentence, the funds after the listed words, indicator sentences labelled by column words, the total after a
/// listed score word. The title names the project otherwise (馆藏档案数字化加工), so the name read shows the sentence was.
/// </summary>
public class ProseReportWordTests
{
    private static string Report(string name, string funds, string indicator, string total) => $"""
        2024年度馆藏档案数字化加工项目绩效自评报告

        一、项目基本情况
        （一）项目基本情况简介。
        {name}
        年度绩效目标：完成馆藏档案数字化5000卷。
        年度绩效目标完成情况：全年完成档案数字化5200卷，达到预期目标。
        二、绩效自评工作情况
        （一）项目资金投入情况。
        本项目资金年初预算数30万元，其中：财政拨款30万元。
        {funds}
        三、项目绩效情况
        (一) 产出指标
        1.数量指标
        {indicator}
        (二) 自评得分情况
        {total}
        四、存在问题
        """;

    private static string Read(string name, string funds, string indicator, string total)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report(name, funds, indicator, total));
        var p = Assert.Single(d.Evaluations.Projects);
        var i = Assert.Single(p.Indicators);
        return $"{p.Name} | {p.Funds.InitialBudget?.Text} {p.Funds.Budget?.Text} {p.Funds.Executed?.Text} {p.Funds.PrintedRate?.Text} | "
            + $"{i.Name} {i.Target.Value?.Text} {i.Actual.Value?.Text} {i.Weight?.Text} {i.Score?.Text} | {p.ReportedScore?.Text} {p.Grade}";
    }

    [Theory]
    [InlineData("我单位对档案数字化项目进行绩效自评。", "本项目资金变动后预算数30万元。本项目资金全年执行数27万元、执行率为90%。",
        "（1）档案数字化数量(卷)，目标值5000，完成值5200，分值20，得分20。", "本项目绩效自评得分95分，等级为优。")]
    [InlineData("我局对档案数字化项目开展了绩效自评。", "本项目资金调整后预算数为30万元。本项目资金实际执行数：27万元，执行率90%。",
        "（1）档案数字化数量(卷)，年度指标值5000，实际完成值5200，权重20，评价得分20。", "本项目综合得分95分，自评等级为“优秀”。")]
    [InlineData("我中心对档案数字化项目进行了绩效自评。", "本项目资金全年预算数30万元。全年执行数27万元，资金执行率为90%。",
        "（1）档案数字化数量(卷)，指标值5000，实际值5200，标准分20，实际得分20。", "本项目自评总分为95分，评价等级为优。")]
    public void A_prose_report_is_read_with_the_listed_words(string name, string funds, string indicator, string total) =>
        Assert.Equal("档案数字化 | 30 30 27 90% | 档案数字化数量(卷) 5000 5200 20 20 | 95 优", Read(name, funds, indicator, total));

    /// <summary>“预计值” labels no target column: the sentence is no indicator, and a report without one is not read.</summary>
    [Fact]
    public void An_indicator_sentence_with_a_label_that_is_not_listed_is_not_read()
    {
        var (d, _) = SelfEvaluationKit.FromText(Report("我单位对档案数字化项目进行绩效自评。", "全年执行数27万元。",
            "（1）档案数字化数量(卷)，预计值5000，完成值5200，分值20，得分20。", "本项目绩效自评得分95分，等级为优。"));
        Assert.Empty(d.Evaluations.Projects);
    }
}
