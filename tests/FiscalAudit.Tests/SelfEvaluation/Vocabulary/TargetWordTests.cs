using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of target-words.json decide how a target is to be reached: the first listed mark before the number (“不小于” is
/// listed before “小于”, “＞＝” before “＞”), else a listed word after it (“以上”, “以内”); a unit listed for % is %.
/// </summary>
public class TargetWordTests
{
    private static Target Target(string text)
    {
        var (d, _) = SelfEvaluationKit.FromText(SyntheticReportTests.Report(target: text));
        return d.Evaluations.Projects[0].Indicators[0].Target;
    }

    [Theory]
    [InlineData("不小于95%", TargetOperator.AtLeast, "%")]
    [InlineData("≮95%", TargetOperator.AtLeast, "%")]
    [InlineData("＞＝95%", TargetOperator.AtLeast, "%")]
    [InlineData("95%以上", TargetOperator.AtLeast, "%")]
    [InlineData("不大于95万元", TargetOperator.AtMost, "万元")]
    [InlineData("≯95万元", TargetOperator.AtMost, "万元")]
    [InlineData("95万元以下", TargetOperator.AtMost, "万元")]
    [InlineData("多于95人", TargetOperator.GreaterThan, "人")]
    [InlineData("少于95人", TargetOperator.LessThan, "人")]
    [InlineData("不少于95人", TargetOperator.AtLeast, "人")]
    [InlineData("95百分比", TargetOperator.Plain, "%")]
    public void The_listed_words_state_the_operator(string text, TargetOperator op, string unit)
    {
        var t = Target(text);
        Assert.Equal((op, 95m, unit), (t.Operator, t.Value?.Value, t.Unit));
    }

    /// <summary>“约” and “左右” are not listed: the target is a bare number.</summary>
    [Theory]
    [InlineData("约95%")]
    [InlineData("95%左右")]
    public void A_word_that_is_not_listed_states_no_operator(string text) =>
        Assert.Equal(TargetOperator.Plain, Target(text).Operator);
}
