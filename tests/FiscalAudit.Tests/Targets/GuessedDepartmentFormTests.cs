using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A 部门预算 as text that starts straight at its tables (no cover, no title, no label), its 部门整体支出绩效目标表 flattened one cell
/// per line, its 说明 naming its unit 成都市武侯区社会福利院 more often than itself. Its department is only a guess, and the form's
/// 部门名称 is never held against it (FA6611); with the title “成都市武侯区民政局2024年部门预算” the department is known, the right
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
    [InlineData(Named)]
    [InlineData(Other)]
    public void A_guessed_department_holds_no_form_against_it(string form)
    {
        var result = Audit(WithForm(Budget, form));
        Assert.True(result.Disclosure!.DepartmentGuessed);
        Assert.Single(result.Disclosure.ProjectTargets.DepartmentForms);
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
