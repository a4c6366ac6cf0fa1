using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 on documents whose title is lost or unusual: a 四川 部门决算 and a 部门整体绩效自评报告 starting straight at
/// “一、”, whose first lines cite “《四川省财政厅关于…通知》” and “经四川省财政厅批准”; a 部门预算 whose first line is “关于…的说明”;
/// a 自评报告 and a 山东 workbook whose only name of the department is a project form's “主管部门” cell. A cited body is never the
/// department; without a cover, a title or a label the department is unknown and no name is held against it (FA3014); a label line,
/// a form's cell or the “关于…” title make it known, and then a heading, a label or a self-description naming another unit is reported.
/// </summary>
public class UntitledDepartmentIdentityTests
{
    private static AuditResult Audit(string name) =>
        new Auditor().Audit(name, File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Untitled", name)));

    private static List<(string Name, int Line)> Mismatches(AuditResult result) =>
        result.Findings.Where(f => f.RuleId == "FA3014").Select(f => (Convert.ToString(f.Actual)!, f.Location.Line ?? 0)).ToList();

    [Theory]
    [InlineData("juesuan-notitle.txt", null)]
    [InlineData("zipingbaogao-from-one.txt", null)]
    [InlineData("juesuan-notitle-labelled.txt", "眉山市东坡区水利局")]
    [InlineData("yusuan-guanyu.txt", "成都市青羊区民政局")]
    [InlineData("zipingbaogao-form.txt", "成都市新都区卫生健康局")]
    [InlineData("linzi-water-project.xlsx", "淄博市临淄区水利局")]
    public void A_document_without_a_title_takes_its_department_from_a_label_a_form_cell_or_none_never_a_cited_body(string name, string? department)
    {
        var result = Audit(name);
        if (department is null) Assert.True(result.Disclosure!.Department is null || result.Disclosure.DepartmentGuessed);
        else Assert.Equal((department, false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Mismatches(result));
    }

    [Fact]
    public void A_workbooks_supervising_department_cell_names_the_department()
    {
        var result = new Auditor().Audit("zhangqiu-farmland-project.xlsx", File.ReadAllBytes(
            Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "SelfEvaluation", "Provincial", "zhangqiu-farmland-project.xlsx")));
        Assert.Equal("济南市章丘区农业农村局", result.Disclosure!.Department);
    }

    [Theory]
    [InlineData("juesuan-notitle-labelled-planted.txt", "眉山市彭山区水利局", 3)]
    [InlineData("yusuan-guanyu-planted.txt", "成都市锦江区民政局", 14)]
    [InlineData("zipingbaogao-form-planted.txt", "成都市金牛区卫生健康局", 4)]
    public void Another_unit_is_reported_once_the_department_is_known(string name, string other, int line) =>
        Assert.Equal(new[] { (other, line) }, Mismatches(Audit(name)));
}
