using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3 on 项目支出绩效自评表 published alone, as 四川 districts print them: a “填报单位：…” line over the form and the
/// form's “主管部门 | …” and “实施单位 | …” cells, as text, as an .xlsx sheet and as a Word table. The 主管部门 is the department;
/// the 填报单位 may be the department or the unit carrying the project out (its 实施单位, with or without its city), and a
/// 填报单位 of another district's bureau — a form copied from another department — is reported (FA3014) on its line.
/// </summary>
public class FillingUnitTests
{
    public static TheoryData<string> Formats => new() { "txt", "xlsx", "docx" };

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Filler", name));

    /// <summary>The form of <paramref name="text"/> (tab-separated rows) in <paramref name="format"/>: the text itself, a sheet or a Word document.</summary>
    private static AuditResult Audit(string text, string format)
    {
        var rows = text.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();
        return format switch
        {
            "xlsx" => new Auditor().Audit("project.xlsx", rows.Select((r, i) => (r, i)).Aggregate(new TestXlsx().Sheet("项目自评表"), (x, r) => x.Row(r.i + 1, r.r)).Build()),
            "docx" => new Auditor().Audit("project.docx", Word(rows)),
            _ => new Auditor().Audit("project.txt", Encoding.UTF8.GetBytes(text)),
        };
    }

    /// <summary>The lines of one cell above the form as paragraphs, the rest as the form's table.</summary>
    private static byte[] Word(List<string[]> rows)
    {
        var head = rows.TakeWhile(r => r.Length == 1).Select(r => (DocumentFormat.OpenXml.OpenXmlElement)TestDocx.P(r[0]));
        var table = TestDocx.Table(rows.SkipWhile(r => r.Length == 1).Select(r => TestDocx.Row(r.Select(c => TestDocx.Cell(c)).ToArray())).ToArray());
        return TestDocx.Create(head.Append(table).ToArray());
    }

    private static List<string> Mismatches(AuditResult result) =>
        result.Findings.Where(f => f.RuleId == "FA3014").Select(f => Convert.ToString(f.Actual)!).ToList();

    [Theory]
    [InlineData("xindu-maternal-project.txt", "成都市新都区卫生健康局", "txt")]
    [InlineData("xindu-maternal-project.txt", "成都市新都区卫生健康局", "xlsx")]
    [InlineData("xindu-maternal-project.txt", "成都市新都区卫生健康局", "docx")]
    [InlineData("jiangyang-school-project.txt", "泸州市江阳区教育和体育局", "txt")]
    [InlineData("jiangyang-school-project.txt", "泸州市江阳区教育和体育局", "xlsx")]
    [InlineData("jiangyang-school-project.txt", "泸州市江阳区教育和体育局", "docx")]
    public void The_supervising_department_is_the_department_and_its_filling_unit_agrees(string name, string department, string format)
    {
        var result = Audit(Fixture(name), format);
        Assert.Equal((department, false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
        Assert.Empty(Mismatches(result));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_implementing_unit_without_its_city_may_fill_the_form_in(string format) =>
        Assert.Empty(Mismatches(Audit(Planted("xindu-maternal-project.txt", "填报单位：成都市新都区妇幼保健院", "填报单位：新都区妇幼保健院"), format)));

    [Theory]
    [InlineData("xindu-maternal-project.txt", "填报单位：成都市新都区妇幼保健院", "填报单位：成都市金牛区卫生健康局", "成都市金牛区卫生健康局")]
    [InlineData("jiangyang-school-project.txt", "填报单位：泸州市江阳区教育和体育局（盖章）", "填报单位：泸州市龙马潭区教育和体育局（盖章）", "泸州市龙马潭区教育和体育局")]
    [InlineData("jiangyang-school-project.txt", "填报单位：泸州市江阳区教育和体育局（盖章）", "填报单位（盖章）：泸州市龙马潭区教育和体育局", "泸州市龙马潭区教育和体育局")]
    public void Another_departments_filling_unit_is_reported_on_its_line(string name, string right, string wrong, string other)
    {
        foreach (var format in Formats)
        {
            var result = Audit(Planted(name, right, wrong), format);
            Assert.Equal(new[] { other }, Mismatches(result));
            var place = result.Findings.Single(f => f.RuleId == "FA3014").Location.Source!;
            var line = Fixture(name).Split('\n').ToList().FindIndex(l => l.StartsWith(right, StringComparison.Ordinal)) + 1;
            Assert.True(format == "xlsx" ? place.Cell!.EndsWith($"A{line}", StringComparison.Ordinal) : place.Line == line, $"{format}: {place.Describe()}");
        }
    }

    [Theory]
    [InlineData("填报单位：成都市新都区妇幼保健院\t\t\t填报日期：2024年3月15日", new string[0])]
    [InlineData("填报单位\t成都市新都区妇幼保健院\t\t填报日期：2024年3月15日", new string[0])]
    [InlineData("填报单位：成都市金牛区卫生健康局\t\t\t填报日期：2024年3月15日", new[] { "成都市金牛区卫生健康局" })]
    [InlineData("填报单位\t成都市金牛区卫生健康局\t\t填报日期：2024年3月15日", new[] { "成都市金牛区卫生健康局" })]
    public void A_filling_unit_printed_in_a_row_with_the_date_is_read_as_on_its_own_line(string row, string[] expected)
    {
        foreach (var format in Formats)
        {
            var result = Audit(Planted("xindu-maternal-project.txt", "填报单位：成都市新都区妇幼保健院", row), format);
            Assert.Equal("成都市新都区卫生健康局", result.Disclosure!.Department);
            Assert.Equal(expected, Mismatches(result));
        }
    }

    [Theory]
    [InlineData("成都市新都区妇幼保健院", new string[0])]
    [InlineData("成都市金牛区卫生健康局", new[] { "成都市金牛区卫生健康局" })]
    public void A_form_head_printed_as_label_lines_takes_the_supervising_department_over_the_filling_unit(string filler, string[] expected)
    {
        var text = Planting.Planted(Fixture("xindu-maternal-project.txt"), "xindu-maternal-project.txt", new[]
        {
            ("填报单位：成都市新都区妇幼保健院", $"填报单位：{filler}"),
            ("项目名称\t孕产妇和儿童健康管理项目\n主管部门\t成都市新都区卫生健康局\t实施单位\t成都市新都区妇幼保健院",
                "项目名称：孕产妇和儿童健康管理项目\n主管部门：成都市新都区卫生健康局\n实施单位：成都市新都区妇幼保健院"),
        });
        foreach (var format in new[] { "txt", "docx" })
        {
            var result = Audit(text, format);
            Assert.Equal(("成都市新都区卫生健康局", false), (result.Disclosure!.Department, result.Disclosure.DepartmentGuessed));
            Assert.Equal(expected, Mismatches(result));
        }
    }

    private static string Planted(string name, string right, string wrong) => Planting.Planted(Fixture(name), name, new[] { (right, wrong) });
}
