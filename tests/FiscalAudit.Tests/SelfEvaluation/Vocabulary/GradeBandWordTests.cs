namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of grade-band-words.json decide the stated bands: a pass/fail scale counts only with a lowest band below a mark, named
/// by a listed below word; “其中” is dropped before grades are looked for; three grades count with the listed best grade 优.
/// </summary>
public class GradeBandWordTests
{
    private static List<(string Grade, decimal Min)> Bands(string sentence)
    {
        var (d, _) = SelfEvaluationKit.FromText($"""
            某某区文化旅游局2024年度文化惠民项目绩效自评报告

            一、项目基本情况
            本局对文化惠民项目开展绩效自评。
            {sentence}
            二、评价结论
            文化惠民项目绩效自评得分为91.5分。
            """);
        return d.Evaluations.GradeBands.Select(b => (b.Grade, b.Min)).ToList();
    }

    [Theory]
    [InlineData("评分标准为：得分60分（含）以上为合格，不足60分为不合格。")]
    [InlineData("评分标准为：得分60分（含）以上为合格，低于60分为不合格。")]
    [InlineData("评分标准为：得分60分（含）以上为合格，不到60分为不合格。")]
    [InlineData("评分标准为：得分60分（含）以上为合格，＜60分为不合格。")]
    public void A_pass_fail_scale_counts_with_a_listed_below_word(string sentence) =>
        Assert.Equal(new[] { ("合格", 60m), ("不合格", 0m) }, Bands(sentence));

    [Fact]
    public void A_pass_fail_scale_without_a_below_word_states_no_bands() =>
        Assert.Empty(Bands("评分标准为：合格得10分，不合格得0分。"));

    [Theory]
    [InlineData("评价结果分为四档，其中90分以上为优，75至89分为良，60至74分为中，60分以下为差。")]
    [InlineData("评价结果分为四档：90分以上为优，75至89分为良，其中60至74分为中，低于60分为差。")]
    public void The_listed_words_read_three_grades_with_the_best_grade(string sentence) =>
        Assert.Equal(new[] { ("优", 90m), ("良", 75m), ("中", 60m), ("差", 0m) }, Bands(sentence));

    /// <summary>No clause is below a mark, so no scale makes these a set: the listed best grade 优 does.</summary>
    [Theory]
    [InlineData("评价结果分为四档：90-100分为优，75-89分为良，60-74分为中，0-59分为差。", 0)]
    [InlineData("评价等级：优秀（90-100分）、良好（80-89分）、中等（60-79分）。", 60)]
    public void Three_grades_with_the_listed_best_grade_are_a_set_without_a_lowest_band(string sentence, int lowest) =>
        Assert.Equal(("优", 90m, (decimal)lowest), (Bands(sentence)[0].Grade, Bands(sentence)[0].Min, Bands(sentence)[^1].Min));
}
