namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The wordings of summary-sentences.json decide what portfolio and department sentences say: the listed count phrasings,
/// funds words and frames of what was spent, and the words that make a sentence the whole department's.
/// </summary>
public class SummarySentenceWordTests
{
    [Theory]
    [InlineData("根据预算绩效管理要求，我单位共涉及项目1个，涉及金额10.00万元。", 1, 10, false)]
    [InlineData("根据预算绩效管理要求，我单位共有一个项目，涉及金额100000元。", 1, 10, false)]
    [InlineData("根据预算绩效管理要求，我单位完成了三个项目的绩效自评，项目全年执行数共计5万元。", 3, 5, true)]
    [InlineData("根据预算绩效管理要求，我单位对两个项目进行了绩效评价，资金实际支出总计为5.00万元。", 2, 5, true)]
    public void A_portfolio_is_read_by_the_listed_wordings(string sentence, int count, decimal amount, bool executed)
    {
        var (d, _) = SelfEvaluationKit.FromText(PortfolioStatementTests.Report(sentence));
        var statement = Assert.Single(d.Evaluations.Portfolio);
        Assert.Equal((count, amount, executed), (statement.ProjectCount, statement.Amount?.Value, statement.AmountIsExecuted));
    }

    [Theory]
    [InlineData("经自评，我局部门整体支出绩效评分为88分，自评等级为良。", "良")]
    [InlineData("经自评，本局整体绩效自评得分：88分，评价结果为“良好”。", "良")]
    public void A_department_score_is_read_in_a_sentence_with_the_department_word(string sentence, string grade)
    {
        var tree = Tree(sentence);
        var stated = Assert.Single(tree.ScoreStatements, s => s.Score.Value == 88m && s.Part is null && s.Location.Line < 5);
        Assert.Equal(grade, stated.Grade);
    }

    [Theory]
    [InlineData("经自评，我局整体支出中各项目平均得分为88分。")]
    [InlineData("经自评，我局部门整体支出绩效平均得分为88分。")]
    public void A_score_in_a_sentence_of_projects_or_averages_is_not_the_departments(string sentence) =>
        Assert.DoesNotContain(Tree(sentence).ScoreStatements, s => s.Location.Line < 5);

    private static Core.Model.Evaluation.DepartmentEvaluation Tree(string sentence)
    {
        var report = DepartmentTreeWordTests.Report("部门整体支出绩效评分表", "合计", "良");
        var (d, _) = SelfEvaluationKit.FromText(report.Replace("\n\n附：", $"\n\n{sentence}\n\n附：", StringComparison.Ordinal));
        return Assert.Single(d.Evaluations.Departments);
    }
}
