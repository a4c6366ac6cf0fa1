using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.SelfEvaluation;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A project whose score cannot be recomputed (its indicator scores overflow the sum) gives one note, however often the
/// scoring step runs on the same disclosure (pairing and document sets run the rules again), while a scorable project
/// beside it keeps its recomputation.
/// </summary>
public class ScoringNoteTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_note_of_an_unscorable_project_is_added_once(int runs)
    {
        var file = "自评.md";
        var disclosure = new Disclosure(new SourceDocument(file, "markdown", [], []));
        var broken = Project("道路养护项目", file, 3, "79228162514264337593543950335", "79228162514264337593543950335");
        var sound = Project("绿化提升项目", file, 40, "45.5", "40");
        disclosure.Evaluations.Projects.AddRange([broken, sound]);

        for (var i = 0; i < runs; i++) EvaluationScoring.Apply(disclosure);

        var note = Assert.Single(disclosure.Notes);
        Assert.StartsWith("项目“道路养护项目”无法重算得分（OverflowException）", note.Message, StringComparison.Ordinal);
        Assert.Equal(broken.Location, note.Location);
        Assert.Null(broken.Recomputation);
        Assert.Equal(85.5m, EvaluationScoring.Of(sound).IndicatorSum);
    }

    private static ProjectEvaluation Project(string name, string file, int line, params string[] scores)
    {
        var project = new ProjectEvaluation(name, EvaluationForm.FundsAndIndicators, "项目支出绩效自评表", new SourceLocation(file, Line: line));
        foreach (var (score, k) in scores.Select((s, k) => (s, k)))
            project.Indicators.Add(new Indicator($"指标{k + 1}", new SourceLocation(file, Line: line + k + 1)) { Level1 = "产出指标", Level2 = "数量指标", Score = Printed(score) });
        return project;
    }

    private static PrintedNumber Printed(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return new PrintedNumber(value, text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0, false, text);
    }
}
