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
        var stated = Assert.Single(tree.ScoreStatements, s => s.Score.Value == 88m && s.Part is null && s.Location.Line == SentenceLine);
        Assert.Equal(grade, stated.Grade);
    }

    [Theory]
    [InlineData("经自评，我局整体支出中各项目平均得分为88分。")]
    [InlineData("经自评，我局部门整体支出绩效平均得分为88分。")]
    [InlineData("经自评，我局部门项目支出绩效自评得分为88分。")]
    [InlineData("经自评，我局支出绩效自评得分为88分。")]
    public void A_score_in_a_sentence_of_projects_or_averages_or_without_a_department_word_is_not_the_departments(string sentence) =>
        Assert.DoesNotContain(Tree(sentence).ScoreStatements, s => s.Location.Line == SentenceLine);

    /// <summary>A 部门支出 self-evaluation is the department's own (“部门支出” is listed among departmentWords), as a 部门整体支出 one is.</summary>
    [Theory]
    [InlineData("经自评，我局部门支出绩效自评得分为88分。")]
    [InlineData("经自评，我局部门整体支出绩效自评得分为88分。")]
    [InlineData("经自评，本单位部门支出绩效评分：88分，评价等级为“良”。")]
    public void A_department_spending_score_is_the_departments(string sentence) =>
        Assert.Single(Tree(sentence).ScoreStatements, s => s.Score.Value == 88m && s.Location.Line == SentenceLine);

    [Theory]
    [InlineData("本次评价指标分为3级，包括3个一级指标，11个二级指标，41个三级指标。", "1:3 2:11 3:41")]
    [InlineData("评价指标体系设一级指标3项，共3项一级指标、11项二级指标和41项三级指标。", "1:3 2:11 3:41")]
    [InlineData("本次评价共设置3类一级指标。", "")]
    public void Indicator_counts_are_read_with_a_listed_counter_and_level_header(string sentence, string counts)
    {
        var stated = Tree(sentence).StatedCounts.Where(c => c.Location.Line == SentenceLine).Select(c => $"{c.Level}:{c.Count}");
        Assert.Equal(counts, string.Join(" ", stated));
    }

    /// <summary>The line <see cref="Tree"/> puts the sentence on.</summary>
    private const int SentenceLine = 5;

    /// <summary>
    /// The department tree of <see cref="DepartmentTreeWordTests.Report"/> with <paramref name="sentence"/> on a paragraph of its own: after a
    /// sentence that ends with “。”, so that the title (“…部门整体支出绩效自评报告”, which does not end a sentence) does not run into it.
    /// </summary>
    private static Core.Model.Evaluation.DepartmentEvaluation Tree(string sentence)
    {
        var report = DepartmentTreeWordTests.Report("部门整体支出绩效评分表", "合计", "良");
        var (d, _) = SelfEvaluationKit.FromText(report.Replace("\n\n附：", $"\n\n现将自评情况报告如下。\n\n{sentence}\n\n附：", StringComparison.Ordinal));
        return Assert.Single(d.Evaluations.Departments);
    }
}
