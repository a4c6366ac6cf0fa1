using System.Text;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A 部门整体支出绩效目标表 published alone (Data/department-targets.md, composed as Shanghai districts print it): a budget whose
/// form gives the department, the year, the funds and their parts, the 年度主要任务 with their 合计 and the indicators — as a
/// Markdown table, as a Word table, and flattened one cell per line as a PDF without rulings is read. The right form gives no
/// finding; each planted error gives one, of its rule.
/// </summary>
public class DepartmentTargetFormTests
{
    private const string Department = "上海市普陀区示例局";

    public static TheoryData<string> Formats => new() { "md", "docx", "txt" };

    private static string Markdown => Data("department-targets.md");

    private static string Data(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Targets", "Data", name));

    /// <summary>The form in <paramref name="format"/>, after <paramref name="edit"/> of its Markdown (the flattened text is edited as printed).</summary>
    private static AuditResult Audit(string format, Func<string, string>? edit = null)
    {
        edit ??= s => s;
        return format switch
        {
            "docx" => new Auditor().Audit("department-targets.docx", TestDocx.FromMarkdown(edit(Markdown), Table)),
            "txt" => new Auditor().Audit("department-targets.txt", Encoding.UTF8.GetBytes(edit(Data("department-targets-lines.txt")))),
            _ => new Auditor().Audit("department-targets.md", Encoding.UTF8.GetBytes(edit(Markdown))),
        };
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Table(List<string[]> rows) =>
        TestDocx.Table(rows.Select(r => TestDocx.Row(r.Select(c => TestDocx.Cell(c)).ToArray())).ToArray());

    private static List<string> Findings(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA66", StringComparison.Ordinal) || f.RuleId is "FA3011" or "FA3014")
            .Select(f => $"{f.RuleId} {f.Message}").ToList();

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_form_gives_department_year_funds_tasks_and_indicators(string format)
    {
        var result = Audit(format);
        var d = result.Disclosure!;
        Assert.Equal((DocumentKind.Budget, Department, 2025), (d.Kind, d.Department, d.Year));
        var form = Assert.Single(d.ProjectTargets.DepartmentForms);
        Assert.Empty(d.ProjectTargets.Forms);
        Assert.Equal(Department, form.Department?.Text);
        Assert.Equal(("500.00", "480.00", "20.00"), (form.Total?.Number.Text, form.Fiscal?.Number.Text, form.Other?.Number.Text));
        Assert.StartsWith("保障机关正常运转", form.Goal?.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "机关运行保障=300.00", "重点工作推进=150.00", "信息化建设=50.00" }, form.Tasks.Select(t => $"{t.Name}={t.Amount?.Number.Text}"));
        Assert.Equal("500.00", form.TasksTotal?.Number.Text);
        Assert.Equal(
            new[] { "产出指标 · 数量指标 · 完成重点工作项数=≥20项", "产出指标 · 时效指标 · 重点工作完成时间=2025年12月底前", "效益指标 · 社会效益指标 · 营商环境=持续优化", "满意度指标 · 服务对象满意度指标 · 服务对象满意度=≥90%" },
            form.Indicators.Select(i => $"{i.Path}={i.Value.Text}"));
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("其中：财政拨款 | 480.00", "其中：财政拨款 | 490.00", "FA6601 部门“上海市普陀区示例局”的年度资金总额为 500.00万元，但财政拨款 490.00 与其他资金 20.00 之和为 510.00万元（差 10.00）")]
    [InlineData("完成业务系统升级改造 | 50.00", "完成业务系统升级改造 | 60.00", "FA6610 部门“上海市普陀区示例局”的年度主要任务预算金额合计为 500.00万元，但3项任务之和为 510.00万元（300.00＋150.00＋60.00，差 10.00）")]
    [InlineData("| 营商环境 | 持续优化 |", "| 营商环境 | |", "FA6604 部门“上海市普陀区示例局”的指标“效益指标 · 社会效益指标 · 营商环境”未填写指标值")]
    [InlineData("| 部门名称 | 上海市普陀区示例局 |", "| 部门名称 | 上海市普陀区商务委员会 |", "FA6611 部门整体支出绩效目标表的部门名称为“上海市普陀区商务委员会”，本文件部门为“上海市普陀区示例局”")]
    [InlineData("| 营商环境 | 持续优化 |", "| 营商环境 | XX |", "FA3011 残留占位符“XX”：…XX…")]
    public void A_planted_error_gives_one_finding(string right, string wrong, string expected)
    {
        Assert.Contains(right, Markdown, StringComparison.Ordinal);
        foreach (var format in new[] { "md", "docx" })
            Assert.Equal(new[] { expected }, Findings(Audit(format, s => s.Replace(right, wrong, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("普陀区示例局", new string[0])]
    [InlineData("上海市示例局", new[] { "FA6611 部门整体支出绩效目标表的部门名称为“上海市示例局”，本文件部门为“上海市普陀区示例局”" })]
    [InlineData("静安区示例局", new[] { "FA6611 部门整体支出绩效目标表的部门名称为“静安区示例局”，本文件部门为“上海市普陀区示例局”" })]
    public void The_department_without_its_city_agrees_the_citys_bureau_does_not(string named, string[] expected) =>
        Assert.Equal(expected, Findings(Audit("md", s => s.Replace("| 部门名称 | 上海市普陀区示例局 |", $"| 部门名称 | {named} |", StringComparison.Ordinal))));

    [Theory]
    [InlineData("480.00\n", "490.00\n", "FA6601")]
    [InlineData("\n50.00\n", "\n60.00\n", "FA6610")]
    [InlineData("部门名称\n上海市普陀区示例局\n", "部门名称\n上海市普陀区商务委员会\n", "FA6611")]
    public void A_planted_error_in_the_flattened_form_gives_one_finding(string right, string wrong, string rule)
    {
        var finding = Assert.Single(Findings(Audit("txt", s => s.Replace(right, wrong, StringComparison.Ordinal))));
        Assert.StartsWith(rule, finding, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_form_without_tasks_is_read_and_checked_all_the_same(string format)
    {
        var withoutTasks = Audit(format, s => string.Join('\n', s.Split('\n').Where(l => !IsTaskLine(l, format == "txt"))).Replace("480.00", "490.00", StringComparison.Ordinal));
        var form = Assert.Single(withoutTasks.Disclosure!.ProjectTargets.DepartmentForms);
        Assert.Empty(form.Tasks);
        Assert.Equal(4, form.Indicators.Count);
        Assert.StartsWith("FA6601", Assert.Single(Findings(withoutTasks)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_whose_second_level_names_the_indicator_is_read()
    {
        const string Form = "# 上海市普陀区示例局2025年部门整体支出绩效目标表\n\n| 部门名称 | 上海市普陀区示例局 | | |\n|---|---|---|---|\n"
            + "| 年度预算申请（万元） | 资金总额 | 500.00 | |\n| | 其中：财政拨款 | 480.00 | |\n| | 其他资金 | 20.00 | |\n| 年度总体目标 | 保障机关正常运转，完成年度重点工作。 | | |\n"
            + "| 绩效指标 | 一级指标 | 二级指标 | 指标值 |\n| | 产出指标 | 数量指标 | ≥20项 |\n| | 效益指标 | 社会效益指标 | 有效提高 |\n| | 满意度指标 | 服务对象满意度指标 | |\n";
        var result = new Auditor().Audit("department-targets.md", Encoding.UTF8.GetBytes(Form));
        var form = Assert.Single(result.Disclosure!.ProjectTargets.DepartmentForms);
        Assert.Equal(new[] { "产出指标 · 数量指标=≥20项", "效益指标 · 社会效益指标=有效提高", "满意度指标 · 服务对象满意度指标=" }, form.Indicators.Select(i => $"{i.Path}={i.Value.Text}"));
        Assert.Equal(new[] { "FA6604 部门“上海市普陀区示例局”的指标“满意度指标 · 服务对象满意度指标”未填写指标值" }, Findings(result));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_title_without_the_department_takes_it_from_the_form(string format)
    {
        var d = Audit(format, s => s.Replace("上海市普陀区示例局2025年", "2025年", StringComparison.Ordinal)).Disclosure!;
        Assert.Equal((Department, 2025), (d.Department, d.Year));
        var cell = d.ProjectTargets.DepartmentForms.Single().Department!.Location;
        Assert.Equal((cell.File, cell.Page, cell.Line, cell.Cell), (d.DepartmentLocation!.File, d.DepartmentLocation.Page, d.DepartmentLocation.Line, d.DepartmentLocation.Cell));
    }

    [Fact]
    public void A_contents_entry_naming_the_form_is_no_form()
    {
        const string Budget = "上海市普陀区示例局2025年部门预算\n\n目录\n\n一、部门整体支出绩效目标表\n\n二、项目支出绩效目标表\n\n本部门2025年收入预算合计500.00万元。\n";
        Assert.Empty(new Auditor().Audit("budget.md", Encoding.UTF8.GetBytes(Budget)).Disclosure!.ProjectTargets.DepartmentForms);
    }

    /// <summary>A line of the 年度主要任务 block: its header, a task or its 合计 (in Markdown, the rows from 年度主要任务 to 合计).</summary>
    private static bool IsTaskLine(string line, bool flattened) =>
        flattened
            ? line is "年度主要任务" or "任务名称" or "主要内容" or "预算金额（万元）" or "机关运行保障" or "重点工作推进" or "信息化建设" or "合计" or "300.00" or "150.00" or "50.00"
                || line.StartsWith("保障机关正常运转，按时", StringComparison.Ordinal) || line.StartsWith("完成区委", StringComparison.Ordinal) || line.StartsWith("完成业务系统", StringComparison.Ordinal)
            : line.StartsWith("| 年度主要任务", StringComparison.Ordinal) || line.StartsWith("| | 机关运行保障", StringComparison.Ordinal) || line.StartsWith("| | 重点工作推进", StringComparison.Ordinal)
                || line.StartsWith("| | 信息化建设", StringComparison.Ordinal) || line.StartsWith("| | 合计", StringComparison.Ordinal);
}
