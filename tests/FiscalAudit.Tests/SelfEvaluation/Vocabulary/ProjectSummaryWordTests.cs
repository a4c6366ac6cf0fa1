namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The summary words of summary-sentences.json decide what a per-project summary states: its score after a listed score word
/// (“自评得分”, “评价得分”, “综合得分”, “自评总分”), its budget, amount spent and execution rate after the listed words.
/// </summary>
public class ProjectSummaryWordTests
{
    private static string Facts(string summary)
    {
        var s = Assert.Single(EvaluationMarkerTests.Summaries(summary));
        return $"{s.Score?.Text ?? "-"} {s.Budget?.Text ?? "-"} {s.Executed?.Text ?? "-"} {s.Rate?.Text ?? "-"}";
    }

    [Theory]
    [InlineData("1.包联驻村项目自评综述：项目按计划完成，自评得分99.46分。全年预算数为10万元，执行数为9.73万元，完成预算的97.34%。", "99.46 10 9.73 97.34%")]
    [InlineData("2.社区养老服务项目绩效自评综述：经评价，该项目评价得分为92.5分。调整后预算数为20万元，实际支出18.5万元，预算执行率为92.5%。", "92.5 20 18.5 92.5%")]
    [InlineData("3.农村公路养护项目自评综述：综合得分：88分；全年预算30万元，执行数27万元，执行率90%。", "88 30 27 90%")]
    [InlineData("4.老年协会活动经费项目自评综述：自评总分为95分，调整后预算为5万元，实际支出为4.8万元，资金预算执行率：96%。", "95 5 4.8 96%")]
    public void A_summary_states_its_facts_after_the_listed_words(string summary, string facts) =>
        Assert.Equal(facts, Facts(summary));

    /// <summary>“项目得分”, “年初预算” and “支出进度” are not listed: a summary worded so states no score, budget, amount spent nor rate.</summary>
    [Fact]
    public void A_summary_states_nothing_after_words_that_are_not_listed() =>
        Assert.Equal("- - - -", Facts("1.包联驻村项目自评综述：项目得分99.46分。年初预算10万元，支出进度97.34%。"));
}
