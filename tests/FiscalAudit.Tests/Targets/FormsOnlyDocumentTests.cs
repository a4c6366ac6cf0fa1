using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A document made of 绩效目标表 only (a 部门整体支出绩效目标表 or the 项目支出绩效目标表 published as a file of their own) is no
/// budget missing its tables: FA6201 is not given, and FA0004 says that its forms were checked. A 情况说明 without tables
/// (its tables published apart), with or without forms after it, still gets the FA6201 warning.
/// </summary>
public class FormsOnlyDocumentTests
{
    private static string Data(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Targets", "Data", name));

    private static List<string> Rules(string name, string text, params string[] ids) =>
        new Auditor().Audit(name, Encoding.UTF8.GetBytes(text)).Findings.Where(f => ids.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Severity}").ToList();

    /// <summary>The budget's 项目支出绩效目标表 from their title line on, under the title <paramref name="title"/>.</summary>
    private static string ProjectFormsAlone(string title)
    {
        var lines = TargetKit.Markdown.Split('\n');
        var forms = Array.FindIndex(lines, l => l.EndsWith("项目支出绩效目标表", StringComparison.Ordinal) && !l.StartsWith('#'));
        return string.Join('\n', [title, "", .. lines[forms..]]);
    }

    public static TheoryData<string, string> FormsAlone => new()
    {
        { "department-targets.md", Data("department-targets.md") },
        { "department-targets.txt", Data("department-targets-lines.txt") },
        { "project-targets.md", ProjectFormsAlone("上海市普陀区示例街道办事处2025年项目支出绩效目标表") },
        { "project-targets.txt", ProjectFormsAlone("2025年项目支出绩效目标表") },
    };

    [Theory]
    [MemberData(nameof(FormsAlone))]
    public void Forms_alone_miss_no_budget_table(string name, string text)
    {
        Assert.Empty(Rules(name, text, "FA6201"));
        var scope = new Auditor().Audit(name, Encoding.UTF8.GetBytes(text)).Findings.Single(f => f.RuleId == "FA0004");
        Assert.Contains("绩效目标表", scope.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("按预算模板审核了表格", scope.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("department")]
    [InlineData("project")]
    public void A_statement_without_tables_still_misses_them(string forms)
    {
        const string Statement = "上海市普陀区示例局2025年部门预算\n\n第一部分 部门预算编制说明\n\n"
            + "2025年，本部门收入预算合计500.00万元，其中：财政拨款收入480.00万元，其他收入20.00万元。支出预算合计500.00万元，比2024年预算增加20.00万元，增长4.17%。\n\n";
        var appended = forms switch
        {
            "department" => Data("department-targets.md").Replace("# ", string.Empty, StringComparison.Ordinal),
            "project" => ProjectFormsAlone(string.Empty),
            _ => string.Empty,
        };
        Assert.Equal(new[] { "FA6201 Warning" }, Rules("budget.md", Statement + appended, "FA6201"));
    }
}
