using FiscalAudit.Rules.SelfEvaluation;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>Grades of domain.md §6: 优 ≥ 90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt; 60; any score has a grade.</summary>
public class GradeBandTests
{
    [Theory]
    [InlineData("100", "优")]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.5", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    [InlineData("-5", "差")]
    public void Every_score_has_its_grade(string score, string grade) =>
        Assert.Equal(grade, ScoringSchemes.Reference.GradeFor(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
}
