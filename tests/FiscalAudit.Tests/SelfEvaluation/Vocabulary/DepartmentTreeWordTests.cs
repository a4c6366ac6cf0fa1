namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of department-tree.json decide what a department indicator tree yields: the grade of its 评价得分简表 is a cell
/// listed among summaryGrades, the tree ends at a listed total label, and its title holds a listed title word.
/// </summary>
public class DepartmentTreeWordTests
{
    internal static string Report(string title, string total, string grade) => $"""
        某某区民政局2024年度部门整体支出绩效自评报告

        附：{title}

        	一级指标
        	二级指标
        	三级指标
        	得分
        	指标解释
        	指标评分细则
        	数据来源

        	A部门决策（40分）
        	A1部门目标（40分）
        	A11部门中长期规划目标的明确性与合理性（40分）
        	38
        	部门制定了中长期规划
        	规划明确合理得40分
        	部门资料
        	B部门绩效（60分）
        	B1部门履职（60分）
        	B11重点工作完成率（60分）
        	50
        	重点工作完成情况
        	全部完成得60分
        	工作总结
        	{total}
        	100
        	88

        	评价内容
        	部门决策
        	部门绩效
        	总分
        	评分等级

        	标准分
        	40
        	60
        	100
        	--

        	实际得分
        	38
        	50
        	88
        	{grade}
        """;

    [Theory]
    [InlineData("2024年部门整体支出绩效自评共性指标体系", "合计", "良")]
    [InlineData("部门整体支出绩效评分表", "总分", "优")]
    [InlineData("2024年部门整体支出绩效自评共性指标体系", "合计：", "中")]
    [InlineData("部门整体支出绩效评分表", "合计", "差")]
    public void The_tree_its_total_and_its_grade_are_read_by_the_listed_words(string title, string total, string grade)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report(title, total, grade));
        var tree = Assert.Single(d.Evaluations.Departments);
        Assert.Equal("附：" + title, tree.Title);
        Assert.Equal((100m, 88m), (tree.TotalWeight?.Value, tree.TotalScore?.Value));
        var stated = Assert.Single(tree.ScoreStatements, s => s.Score.Value == 88m);
        Assert.Equal(grade, stated.Grade);
    }

    [Theory]
    [InlineData("良好")]
    [InlineData("A")]
    public void A_grade_cell_that_is_not_listed_is_no_grade(string printed)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report("部门整体支出绩效评分表", "合计", printed));
        var stated = Assert.Single(Assert.Single(d.Evaluations.Departments).ScoreStatements, s => s.Score.Value == 88m);
        Assert.Null(stated.Grade);
    }
}
