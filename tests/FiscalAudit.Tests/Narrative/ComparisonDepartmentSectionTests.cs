using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Tests.Narrative;

/// <summary>FA3013–FA3015 on sentences and outlines taken from the 普陀区 PDFs and the seeds, with variants.</summary>
public class ComparisonDepartmentSectionTests
{
    private static List<Finding> Rule(string text, string id) =>
        NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text)).Where(f => f.RuleId == id).ToList();

    [Theory]
    [InlineData("年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因：人员进出及退休变化。", true)]
    [InlineData("年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员进出及退休变化。", false)]
    [InlineData("年初预算为62.29万元，支出决算为60.99万元。决算数等于预算数的主要原因：预算按周全保障测算。", true)]
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。", false)]
    // Equal printed amounts may hide a difference below 0.005 万元: “大于” is possible, so silent.
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数大于预算数的主要原因：调整。", false)]
    [InlineData("年初预算为10.00万元，支出决算为9.99万元。决算数大于预算数的主要原因：调整。", true)]
    [InlineData("年初预算为10.0万元，支出决算为10.04万元。决算数等于预算数。", false)]
    [InlineData("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：调减。", false)]
    public void Comparison_word_is_checked_against_the_budget_and_actual_before_it(string text, bool wrong)
    {
        var findings = Rule(text, "FA3013");
        Assert.Equal(wrong, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Loose_level_is_only_a_warning_and_only_beyond_ten_percent()
    {
        Assert.Empty(Rule("年初预算为100.00万元，支出决算为95.00万元。决算数与预算数基本持平。", "FA3013"));
        var f = Assert.Single(Rule("年初预算为100.00万元，支出决算为80.00万元。决算数与预算数基本持平。", "FA3013"));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Comparison_after_other_amounts_is_ambiguous_and_silent()
    {
        // 三公 paragraph of the PDFs: other amounts stand between the budget pair and the comparison.
        Assert.Empty(Rule("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为5.00万元，完成预算的0%。2024年度“三公”经费支出决算数大于预算数的主要原因：无。", "FA3013"));
    }

    [Fact]
    public void Comparison_fact_carries_both_numbers()
    {
        var d = NarrativeTestKit.FromText("年初预算为80.81万元，支出决算为80.38万元。决算数大于预算数的主要原因：预算按周全保障测算。");
        var c = d.Narrative.Facts.Single(f => f.Kind == FactKind.Comparison);
        Assert.Equal((80.38m, 80.81m, 1, false), (c.Amount!.Value.Value, c.Budget!.Value.Value, c.Direction, c.Approximate));
    }

    [Fact]
    public void Another_units_name_in_a_heading_or_department_line_is_a_warning()
    {
        var text = "上海市普陀区财政局2024年度部门决算\n\n第一部分上海市普陀区财政局概况\n\n第二部分上海市普陀区审计局2024年度部门决算表\n\n预算部门：上海市静安区财政局\n\n本部门政府采购由区财政局统一组织，上级部门为上海市财政局，本年收入合计100.00万元。\n";
        var findings = Rule(text, "FA3014");
        Assert.Equal(new int?[] { 5, 7 }, findings.Select(f => f.Location.Line));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal("上海市普陀区审计局", findings[0].Actual);
    }

    [Theory]
    [InlineData("上海市普陀区财政局", "一、普陀区财政局概况")]
    [InlineData("中国共产党江苏省委员会办公厅", "第一部分江苏省委办公厅概况")]
    [InlineData("江苏省委办公厅", "部门：中国共产党江苏省委员会办公厅")]
    [InlineData("中共江苏省委员会办公厅", "第一部分江苏省委办公厅概况")]
    [InlineData("江苏省人大常委会办公厅", "第一部分江苏省人大办公厅概况")]
    [InlineData("江苏省人民检察院", "第一部分江苏省检察院概况")]
    [InlineData("江苏省高级人民法院", "第一部分江苏省高院概况")]
    [InlineData("江苏省政协办公厅", "部门名称：中国人民政治协商会议江苏省委员会办公厅")]
    public void Shorter_form_of_the_own_name_agrees(string department, string line)
    {
        var d = NarrativeTestKit.FromText(Named(department, line));
        Assert.Equal(department, d.Department);
        Assert.NotEmpty(d.Narrative.Names);
        Assert.DoesNotContain(NarrativeTestKit.NarrativeFindings(d), f => f.RuleId == "FA3014");
    }

    /// <summary>Shortening both names the same way does not make another unit's name agree.</summary>
    [Theory]
    [InlineData("江苏省人民检察院", "第一部分江苏省高级人民法院概况", "江苏省高级人民法院")]
    [InlineData("中国共产党江苏省委员会办公厅", "第一部分江苏省人大常委会办公厅概况", "江苏省人大常委会办公厅")]
    [InlineData("江苏省人民检察院", "第一部分南京市人民检察院概况", "南京市人民检察院")]
    public void Another_units_short_or_long_name_is_still_reported(string department, string line, string other) =>
        Assert.Equal(other, Assert.Single(Rule(Named(department, line), "FA3014")).Actual);

    /// <summary>A 决算 whose department is read from its “部门：” line, with <paramref name="line"/> after it.</summary>
    private static string Named(string department, string line) => $"2024年度部门决算\n\n部门：{department}\n\n{line}\n";

    private const string Contents = "目录\n\n第三部分 2024年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n二、收入决算情况说明\n\n";

    private static string Narrative(params string[] sections) =>
        "上海市普陀区财政局2024年度部门决算\n\n" + Contents + "第三部分 2024年度部门决算情况说明\n\n"
        + string.Concat(sections.Select(s => s + "\n\n本部门2024年度收入合计100.00万元，其中：财政拨款收入100.00万元。\n\n"));

    private static readonly string[] National =
    {
        "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
        "五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款“三公”经费支出决算情况说明",
        "八、政府性基金预算财政拨款收入支出决算情况说明", "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、预算绩效管理情况",
        "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况说明",
    };

    [Fact]
    public void Complete_national_outline_is_silent_and_contents_are_ignored()
    {
        Assert.Empty(Rule(Narrative(National), "FA3015"));
    }

    [Fact]
    public void Missing_sections_are_one_warning_and_a_missing_part_another()
    {
        var sections = National.Where(s => !s.Contains("政府性基金") && !s.Contains("政府采购")).ToArray();
        var findings = Rule(Narrative(sections), "FA3015");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("政府性基金预算财政拨款收入支出决算情况说明") && f.Message.Contains("1 个部分"));
        Assert.Contains(findings, f => f.Message.Contains("政府采购支出情况"));
    }

    [Fact]
    public void Section_out_of_order_is_info()
    {
        var f = Assert.Single(Rule(Narrative(PerformanceAt(5)), "FA3015"));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("预算绩效", f.Message);
    }

    [Fact]
    public void Performance_right_after_the_three_public_expenses_is_in_order() =>
        // Henan's template: 七、“三公”经费 八、预算绩效 九、政府性基金 十、国有资本经营 十一、机关运行经费 …
        Assert.Empty(Rule(Narrative(PerformanceAt(7)), "FA3015"));

    /// <summary>The national outline with 预算绩效 moved to position <paramref name="at"/>.</summary>
    private static string[] PerformanceAt(int at)
    {
        var sections = National.ToList();
        var performance = sections[9];
        sections.RemoveAt(9);
        sections.Insert(at, performance);
        return sections.ToArray();
    }

    [Fact]
    public void Regional_structure_gets_one_hint()
    {
        var f = Assert.Single(Rule(Narrative("一、关于2024年度预算执行情况分析", "二、关于2024年度决算情况说明", "（一）关于收支情况总体说明", "三、预算绩效情况说明", "四、其他重要事项的情况说明"), "FA3015"));
        Assert.Equal(Severity.Info, f.Severity);
    }
}
