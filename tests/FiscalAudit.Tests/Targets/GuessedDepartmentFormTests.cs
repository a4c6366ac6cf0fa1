using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A 部门预算 as text that starts straight at its tables (no cover, no title, no label), its 部门整体支出绩效目标表 flattened one cell
/// per line, its 说明 naming its unit 成都市武侯区社会福利院 more often than itself. The form's 部门名称, a label alone on its line
/// above its value, names the department, not the unit named most often; without it the department is only a guess, never held
/// against a name (FA6611); with the title “成都市武侯区民政局2024年部门预算” the department is known, the right
/// form gives nothing and another district's bureau in the form is reported on its line.
/// </summary>
public class GuessedDepartmentFormTests
{
    private const string Title = "成都市武侯区民政局2024年部门预算\n";

    private const string Named = "部门名称\n成都市武侯区民政局\n";

    private const string Other = "部门名称\n成都市锦江区民政局\n";

    private static string Budget => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Targets", "Guessed", "wuhou-civil-affairs-budget.txt"));

    private static AuditResult Audit(string text) => new Auditor().Audit("wuhou-budget.txt", Encoding.UTF8.GetBytes(text));

    private static List<(string Rule, string? Actual, int? Line)> Findings(AuditResult result) =>
        result.Findings.Where(f => f.RuleId is "FA6611" or "FA3014").Select(f => (f.RuleId, Convert.ToString(f.Actual), f.Location.Line)).ToList();

    private static string WithForm(string text, string form) => Planting.Planted(text, "wuhou-civil-affairs-budget.txt", new[] { (Named, form) });

    [Theory]
    [InlineData(Named, "成都市武侯区民政局")]
    [InlineData(Other, "成都市锦江区民政局")]
    public void An_untitled_budget_takes_its_department_from_its_forms_name_never_from_the_unit_named_most(string form, string department)
    {
        var result = Audit(WithForm(Budget, form));
        Assert.Equal((department, false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Single(result.Disclosure.ProjectTargets.DepartmentForms);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void A_budget_without_any_label_only_guesses_its_department_and_holds_nothing_against_it()
    {
        var result = Audit(WithForm(Budget, "单位\n成都市锦江区民政局\n"));
        Assert.Equal(("成都市武侯区社会福利院", true), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void A_titled_budget_whose_form_names_its_department_gives_nothing()
    {
        var result = Audit(Title + Budget);
        Assert.Equal(("成都市武侯区民政局", false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void A_titled_budget_whose_form_names_another_district_is_reported_on_the_forms_name() =>
        Assert.Equal(new[] { ("FA6611", (string?)"成都市锦江区民政局", (int?)18) }, Findings(Audit(Title + WithForm(Budget, Other))));

    [Fact]
    public void A_titled_budgets_table_signed_by_another_district_is_reported() =>
        Assert.Equal(
            new[] { ("FA3014", (string?)"成都市锦江区民政局", (int?)3) },
            Findings(Audit(Title + Planting.Planted(Budget, "wuhou-civil-affairs-budget.txt", new[] { ("单位：万元\n", "编制单位：成都市锦江区民政局\n单位：万元\n") }))));
}
