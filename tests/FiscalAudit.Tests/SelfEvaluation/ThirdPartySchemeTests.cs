using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.SelfEvaluation;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>The third-party schemes as data, and how a project's first-level points choose between them.</summary>
public class ThirdPartySchemeTests
{
    private static readonly SourceLocation At = new("t.md", Line: 1);

    private static List<ScoringScheme> ThirdParty() =>
        ScoringSchemes.Schemes.Where(s => s.Form == nameof(EvaluationForm.DecisionProcessOutputBenefit)).ToList();

    [Fact]
    public void The_published_schemes_fix_their_groups_add_up_to_the_total_and_grade_by_the_common_thresholds()
    {
        var schemes = ThirdParty();
        Assert.Equal(new[] { "决策15/过程25/产出25/效益35", "决策20/过程20/产出40/效益20", "决策20/过程20/产出30/效益30", "决策10/过程20/产出40/效益30", "决策15/过程15/产出40/效益30", "决策20/过程30/产出30/效益20" }, schemes.Select(s => s.Name));
        Assert.All(schemes, s =>
        {
            Assert.True(s.GroupPointsFixed);
            Assert.Null(s.Funds);
            Assert.Equal(s.Total, s.Groups.Sum(g => g.Points));
            Assert.Equal(new[] { "优", "良", "良", "中", "差" }, new[] { 90m, 89.99m, 80m, 60m, 59.99m }.Select(s.GradeFor));
        });
        Assert.DoesNotContain(ScoringSchemes.Schemes, s => s.Form == nameof(EvaluationForm.FundsAndIndicators) && s.GroupPointsFixed);
    }

    [Theory]
    [InlineData(new[] { 20, 20, 40, 20 }, "decision-process-output-benefit-20-20-40-20")]
    [InlineData(new[] { 15, 25, 25, 35 }, "decision-process-output-benefit-15-25-25-35")]
    [InlineData(new[] { 20, 20, 35, 25 }, "decision-process-output-benefit-20-20-40-20")]
    [InlineData(new[] { 15, 25, 30, 30 }, "decision-process-output-benefit-15-25-25-35")]
    [InlineData(new[] { 10, 30, 30, 30 }, "decision-process-output-benefit-20-20-30-30")]
    [InlineData(new[] { 10, 20, 40, 30 }, "decision-process-output-benefit-10-20-40-30")]
    [InlineData(new[] { 15, 15, 40, 30 }, "decision-process-output-benefit-15-15-40-30")]
    [InlineData(new[] { 20, 30, 30, 20 }, "decision-process-output-benefit-20-30-30-20")]
    public void The_scheme_agreeing_with_most_first_level_points_is_chosen_ties_going_to_the_first(int[] points, string scheme)
    {
        var project = new ProjectEvaluation("测试项目", EvaluationForm.DecisionProcessOutputBenefit, "test", At);
        var names = new[] { "决策", "过程", "产出", "效益" };
        for (var k = 0; k < names.Length; k++)
        {
            project.Groups.Add(new IndicatorGroup(names[k], NumberText.Parse(points[k].ToString(System.Globalization.CultureInfo.InvariantCulture)), At));
            project.Indicators.Add(new Indicator(names[k] + "指标", At) { Level1 = names[k], Weight = NumberText.Parse("1") });
        }
        Assert.Equal(scheme, ScoringSchemes.For(project).Id);
    }
}
