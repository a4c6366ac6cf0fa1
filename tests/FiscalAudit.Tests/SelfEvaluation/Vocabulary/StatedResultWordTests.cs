namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of stated-results.json decide what a numbered project paragraph of a 整体支出绩效自评报告 states: the score after a
/// listed score word, with a listed unit (a unit other than 分 is FA4015's typo).
/// </summary>
public class StatedResultWordTests
{
    private static (List<Core.Model.Evaluation.StatedProjectResult> Results, List<Core.Findings.Finding> Findings) Read(string clause) =>
        SelfEvaluationKit.FromText($"""
            某某县政务服务中心2020年度部门整体支出绩效自评报告

            一、项目绩效情况
            7. 驻村帮扶费用 2020年驻村帮扶费用支出为1.22万元，完成该项目的56.48%，{clause}，结论为“优”。
            """) is var (d, findings) ? (d.Evaluations.StatedResults, findings) : default;

    [Theory]
    [InlineData("该项目评价得分为95.65分", "95.65", "分")]
    [InlineData("该项目绩效自评得分为95.65分", "95.65", "分")]
    [InlineData("该项目综合得分为95.65分", "95.65", "分")]
    [InlineData("该项目得分为100元", "100", "元")]
    public void A_score_after_a_listed_word_is_read_with_its_unit(string clause, string score, string unit)
    {
        var r = Assert.Single(Read(clause).Results);
        Assert.Equal(("驻村帮扶费用", "56.48%", score, unit), (r.Name, r.Rate.Text, r.Score.Text, r.ScoreUnit));
    }

    [Fact]
    public void A_listed_unit_other_than_points_is_a_typo() =>
        Assert.Contains(Read("该项目绩效自评得分为100万元").Findings, f => f.RuleId == "FA4015");

    [Theory]
    [InlineData("该项目考评得分为95.65分")]
    [InlineData("该项目评价得分为95.65点")]
    public void A_score_after_a_word_or_with_a_unit_that_is_not_listed_is_not_read(string clause) =>
        Assert.Empty(Read(clause).Results);
}
