using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Evaluation forms printed as trees — a 部门整体支出绩效自评表 whose 一级, 二级 and 三级 indicators stand on rows of their own, each
/// with its 分值 and 得分 (a workbook, the same form as a Word table, as tab-separated text and as a web page saved from Calc); a
/// department tree with coded indicators (“A2决策过程（10分）”) in a Word table or text rows; a 决策/过程/产出/效益 project table with a
/// 分值 column for each level. Each finding names the cell of the value it talks about: a group's 分值 or subtotal 得分, an
/// indicator's 得分, the total's weight or score, the printed grade — never the group's label.
/// </summary>
public class TreeLayoutPlaceTests
{
    /// <summary>Each planted form with all its evaluation findings as “rule cell” (the cell of a workbook, “表N 第r行第c列” of a Word table, the line of a text or web page).</summary>
    public static TheoryData<string, string[]> Planted => new()
    {
        {
            // 产出指标 55 over 二级 20+15+10+5; 供水水质达标率 10 of 8; 效益指标 subtotal 28 over 19+10; total 96.60 of 98.1; 良 for 96.6.
            "baota-water-department-tree-planted.xlsx",
            ["FA4002 Sheet1!G11", "FA4001 Sheet1!H16", "FA4018 Sheet1!H22", "FA4003 Sheet1!H31", "FA4007 Sheet1!G32"]
        },
        {
            "baota-water-department-tree-planted.docx",
            ["FA4002 表1 第9行第7列", "FA4001 表1 第14行第8列", "FA4018 表1 第20行第8列", "FA4003 表1 第29行第8列", "FA4007 表1 第30行第7列"]
        },
        {
            "baota-water-department-tree-planted.txt",
            ["FA4002 11", "FA4001 16", "FA4018 22", "FA4003 31", "FA4007 32"]
        },
        {
            "baota-water-department-tree-planted-calc-web.html",
            ["FA4002 12", "FA4001 17", "FA4018 23", "FA4003 32", "FA4007 33"]
        },
        {
            // A2决策过程（10分） over 5+6; C21 scored 10.5 of 10; 合计 105分 over 35+20+45; 合计得分 95.5 of 97.5; 得分简表 部门管理 18 of 19.
            "yilong-culture-coded-tree-planted.docx",
            ["FA4501 表1 第5行第2列", "FA4502 表1 第15行第4列", "FA4501 表1 第17行第2列", "FA4502 表1 第17行第4列", "FA4502 表2 第3行第3列"]
        },
        {
            "yilong-culture-coded-tree-planted.txt",
            ["FA4501 11", "FA4502 21", "FA4501 23", "FA4502 23", "FA4502 27"]
        },
        {
            // 组织实施 10 over 5+4; 群众满意度 4.5 of 4; total 95.65 of 96.85; 良 for 95.65.
            "fuping-road-levelled-project-planted.xlsx",
            ["FA4002 Sheet1!D14", "FA4001 Sheet1!H22", "FA4003 Sheet1!H23", "FA4007 Sheet1!B24"]
        },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Each_plant_is_reported_once_at_the_cell_of_its_value(string name, string[] expected)
    {
        var places = AuditFile(name, Provincial).Findings.Where(Evaluated).Select(f => $"{f.RuleId} {Place(f.Location)}").Order().ToList();

        Assert.Equal(expected.Order(), places);
    }

    [Theory]
    [InlineData("baota-water-department-tree.xlsx")]
    [InlineData("yilong-culture-coded-tree.docx")]
    [InlineData("fuping-road-levelled-project.xlsx")]
    public void The_clean_form_has_no_evaluation_finding(string name)
    {
        var result = AuditFile(name, Provincial);

        Assert.True(result.Disclosure!.Evaluations.Projects.Count + result.Disclosure.Evaluations.Departments.Count > 0);
        Assert.DoesNotContain(result.Findings, Evaluated);
    }

    /// <summary>A group whose weights do not add up relates the weights it was compared with, each by its own cell.</summary>
    [Theory]
    [InlineData("baota-water-department-tree-planted.xlsx", "FA4002", "Sheet1!G12 Sheet1!G15 Sheet1!G18 Sheet1!G20")]
    [InlineData("fuping-road-levelled-project-planted.xlsx", "FA4002", "Sheet1!F14 Sheet1!F15")]
    [InlineData("baota-water-department-tree-planted.xlsx", "FA4018", "Sheet1!H24 Sheet1!H25 Sheet1!H27")]
    public void A_group_finding_relates_its_childrens_cells(string name, string rule, string related)
    {
        var finding = Assert.Single(AuditFile(name, Provincial).Findings, f => f.RuleId == rule);

        Assert.Equal(related.Split(' '), finding.RelatedLocations.Select(l => l.Source?.Cell));
    }

    /// <summary>The department tree's total weight that its first-level weights miss relates the three first-level cells; a node's, its children's.</summary>
    [Fact]
    public void A_department_weight_finding_relates_the_weights_it_adds()
    {
        var findings = AuditFile("yilong-culture-coded-tree-planted.docx", Provincial).Findings.Where(f => f.RuleId == "FA4501").ToList();

        var total = Assert.Single(findings, f => f.Location.Row == "合计");
        Assert.Equal("权重", total.Location.Column);
        Assert.Equal(["表1 第2行第1列", "表1 第9行第1列", "表1 第13行第1列"], total.RelatedLocations.Select(l => l.Source?.Cell));
        var node = Assert.Single(findings, f => f.Location.Row == "A2决策过程");
        Assert.Equal(["表1 第5行第3列", "表1 第6行第3列"], node.RelatedLocations.Select(l => l.Source?.Cell));
    }

    /// <summary>The second-level rows of a level-by-level tree are groups with their points and scores, not indicators.</summary>
    [Theory]
    [InlineData("baota-water-department-tree.xlsx")]
    [InlineData("baota-water-department-tree-planted.docx")]
    [InlineData("baota-water-department-tree-planted.txt")]
    public void Second_level_rows_are_groups_not_indicators(string name)
    {
        var p = Project(AuditFile(name, Provincial));

        Assert.Equal(10, p.Indicators.Count);
        Assert.Equal(["数量指标 20", "质量指标 15", "时效指标 10", "成本指标 5", "社会效益指标 20", "可持续影响指标 10", "服务对象满意度指标 10"],
            p.Groups.Where(g => !g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}"));
    }

    /// <summary>A workbook saved as a web page by Calc prints its title inside the sheet's table: the year and kind are still read from it.</summary>
    [Fact]
    public void A_workbook_saved_as_a_web_page_keeps_its_year()
    {
        var d = AuditFile("baota-water-department-tree-planted-calc-web.html", Provincial).Disclosure!;

        Assert.Equal((2024, "延安市宝塔区水务局"), (d.Year, d.Department));
        Assert.True(Assert.Single(d.Evaluations.Projects).DepartmentWide);
    }

    private static bool Evaluated(Finding f) => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) || f.RuleId == "FA3004";

    private static string Place(FindingLocation l) => l.Source?.Cell ?? l.Source?.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
