using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 on text documents: a 项目支出绩效自评报告 without a title whose department is named only in running text after
/// “由”, “经”, “受”, “据”; an untitled 部门预算 whose 部门整体支出绩效目标表 was converted one cell per line; a 部门决算 whose labels print
/// the unit's code before its name (“101001-…”, “[204]…”); 上海 部门决算 whose tables are signed by harmless variants of the
/// department (“（本级）”, “机关”, “（汇总）”, “区委宣传部”, “中国共产党…委员会宣传部”) or by another unit (the city's bureau, another
/// district's, another department of the district). The department never starts with a lead, the variants are no finding, every
/// other unit is (FA3014, on its line).
/// </summary>
public class RunningTextIdentityTests
{
    private static string Text(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Identity", name));

    private static AuditResult Audit(string name, string text) => new Auditor().Audit(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The names FA3014 and FA6611 report, each with its rule and line.</summary>
    private static List<(string Rule, string Name, int Line)> Mismatches(AuditResult result) =>
        result.Findings.Where(f => f.RuleId is "FA3014" or "FA6611").Select(f => (f.RuleId, Convert.ToString(f.Actual)!, f.Location.Line ?? 0)).ToList();

    [Fact]
    public void A_department_named_only_after_leads_of_running_text_is_guessed_without_them()
    {
        var result = Audit("chenghua.txt", Text("chenghua-running-text.txt"));
        Assert.Equal(("成都市成华区住房和城乡建设局", true), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Mismatches(result));
    }

    [Theory]
    [InlineData("向成都市成华区住房和城乡建设局报送", "成都市成华区住房和城乡建设局")]
    [InlineData("将乐县财政局", "将乐县财政局")]
    [InlineData("向阳区民政局", "向阳区民政局")]
    [InlineData("经济开发区财政局", "经济开发区财政局")]
    [InlineData("据成都市成华区住房和城乡建设局统计", "成都市成华区住房和城乡建设局")]
    [InlineData("项目由成都市成华区住房和城乡建设局负责", "成都市成华区住房和城乡建设局")]
    public void A_lead_before_a_place_is_no_part_of_the_name_a_place_starting_like_one_is(string text, string name) =>
        Assert.Equal(name, Audit("lead.txt", "项目支出绩效自评报告\n\n" + text + "。\n\n" + text + "。\n").Disclosure!.Department);

    [Fact]
    public void An_untitled_budget_takes_its_department_from_its_flattened_forms_name_not_from_the_unit_carrying_out_its_projects()
    {
        var result = Audit("pidu.txt", Text("pidu-flattened-form.txt"));
        Assert.Equal(("成都市郫都区农业农村局", false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Mismatches(result));
    }

    [Fact]
    public void An_untitled_budgets_table_signed_by_another_district_is_reported_against_its_forms_name()
    {
        var text = Planting.Planted(Text("pidu-flattened-form.txt"), "pidu-flattened-form.txt", new[] { ("2024年部门支出预算表\n", "2024年部门支出预算表\n编制单位：成都市温江区农业农村局\n") });
        Assert.Equal(new[] { ("FA3014", "成都市温江区农业农村局", LineOf(text, "编制单位：")) }, Mismatches(Audit("pidu.txt", text)));
    }

    [Fact]
    public void Labels_printing_a_code_before_the_name_name_the_department_and_another_districts_is_reported()
    {
        var text = Text("jinniu-coded-labels.txt");
        var result = Audit("jinniu.txt", text);
        Assert.Equal("成都市金牛区教育局", result.Disclosure!.Department);
        Assert.Equal(new[] { ("FA3014", "成都市青羊区教育局", LineOf(text, "205-")) }, Mismatches(result));
    }

    [Theory]
    [InlineData("putuo-own-variants.txt", "上海市普陀区教育局")]
    [InlineData("putuo-party-aliases.txt", "中共上海市普陀区委宣传部")]
    public void Tables_signed_by_harmless_variants_of_the_department_give_nothing(string name, string department)
    {
        var result = Audit(name, Text(name));
        Assert.Equal(department, result.Disclosure!.Department);
        Assert.Empty(Mismatches(result));
    }

    [Fact]
    public void Tables_signed_by_the_citys_bureau_another_districts_or_another_department_are_each_reported()
    {
        var text = Text("putuo-other-units.txt");
        Assert.Equal(
            new[] { "上海市民政局", "上海市长宁区民政局", "上海市普陀区卫生健康委员会" }.Select(n => ("FA3014", n, LineOf(text, n))),
            Mismatches(Audit("putuo.txt", text)));
    }
}
