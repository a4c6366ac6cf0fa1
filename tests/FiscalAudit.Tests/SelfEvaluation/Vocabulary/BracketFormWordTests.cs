using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of bracket-form.json decide what a 投入/过程/产出/效果 form yields: an indicator printed under a listed alias is its
/// indicator (“到位及时率” is 到位时效), the budget department follows a listed label, the form ends at a listed total label.
/// Seed 004's first form (审计人员外勤补助) reworded as another province would print it.
/// </summary>
public class BracketFormWordTests
{
    private const string Form = "审计人员外勤补助";

    /// <summary>Seed 004 with the first occurrence of <paramref name="printed"/> (in the first form) reworded.</summary>
    private static ProjectEvaluation Reworded(string printed, string rewording)
    {
        var text = File.ReadAllText(Repo.Seed("004"));
        var at = text.IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0, printed);
        var (d, _) = SelfEvaluationKit.FromText(text[..at] + rewording + text[(at + printed.Length)..]);
        return d.Evaluations.Projects.Single(p => p.Name == Form);
    }

    private static string Indicator(ProjectEvaluation p, string name) =>
        p.Indicators.Where(i => i.Name == name).Select(i => $"{i.Level1}/{i.Level2} {i.Weight?.Text} {i.Score?.Text}").SingleOrDefault() ?? "none";

    [SharedTheory]
    [InlineData("到位时\n\n效", "到位及\n\n时率", "到位时效")]
    [InlineData("社会公\n\n众或服\n\n务对象\n\n满意度", "服务对\n\n象满意\n\n度", "社会公众或服务对象满意度")]
    public void An_indicator_printed_under_a_listed_alias_is_its_indicator(string printed, string alias, string name)
    {
        var p = Reworded(printed, alias);
        Assert.Equal(20, p.Indicators.Count);
        Assert.Equal(Indicator(SelfEvaluationKit.Project("004", Form), name), Indicator(p, name));
    }

    [SharedFact]
    public void An_indicator_printed_under_a_name_that_is_not_listed_is_not_read()
    {
        var p = Reworded("到位时\n\n效", "到位速\n\n度");
        Assert.Equal((19, "none"), (p.Indicators.Count, Indicator(p, "到位时效")));
    }

    [SharedTheory]
    [InlineData("预算部门：兴安盟审计局\n\n项目名称：" + Form, "主管部门：兴安盟审计局\n\n项目名称：" + Form, "兴安盟审计局")]
    [InlineData("预算部门：兴安盟审计局\n\n项目名称：" + Form, "归口单位：兴安盟审计局\n\n项目名称：" + Form, null)]
    public void The_budget_department_follows_a_listed_label(string printed, string rewording, string? supervisor) =>
        Assert.Equal(supervisor, Reworded(printed, rewording).Supervisor);

    [SharedTheory]
    [InlineData("合计 80", "总分 80")]
    [InlineData("合计 80", "合计：80分")]
    public void The_form_ends_at_a_listed_total_label(string printed, string rewording) =>
        Assert.Equal("80", Reworded(printed, rewording).ReportedScore?.Text);
}
