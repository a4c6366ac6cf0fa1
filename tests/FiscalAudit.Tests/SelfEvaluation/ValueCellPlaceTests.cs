using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Ingest;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A finding on an evaluation form names the cell holding the value its message talks about — the indicator's 得分, the funds
/// row's 执行率 or 得分, the total row's 得分, the printed grade — not the row's label cell: a reviewer opening the workbook,
/// the Word table or the text lands on the wrong number.
/// </summary>
public class ValueCellPlaceTests
{
    /// <summary>Each planted form with its findings as “rule cell” (the cell of a workbook, “表N 第r行第c列” of a Word table, the line of a text).</summary>
    public static TheoryData<string, string, string[]> Places => new()
    {
        {
            "linan-village-project-planted.xlsx", Provincial,
            ["FA4005 Sheet1!H6", "FA4008 Sheet1!H13", "FA4003 Sheet1!H22", "FA4007 Sheet1!B23"]
        },
        {
            "zhangqiu-farmland-project-planted.xlsx", Provincial,
            ["FA4004 项目支出绩效自评表!G6", "FA4001 项目支出绩效自评表!H13", "FA4008 项目支出绩效自评表!H20", "FA4003 项目支出绩效自评表!H21"]
        },
        {
            "sucheng-housing-department-tasks-planted.docx", Provincial,
            ["FA3004 表1 第5行第9列", "FA4004 表1 第8行第7列", "FA4005 表1 第8行第8列", "FA4001 表1 第15行第8列", "FA4003 表1 第22行第8列", "FA4007 表1 第23行第2列"]
        },
        {
            "haimen-school-15-25-25-35-planted.docx", "ThirdParty",
            ["FA4019 表1 第9行第8列", "FA4008 表1 第15行第8列"]
        },
        {
            "xiangzhou-cemetery-flattened-planted.txt", Provincial,
            ["FA4005 31", "FA4008 75", "FA4001 139", "FA4003 142"]
        },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Each_finding_names_the_cell_of_its_value(string name, string folder, string[] expected)
    {
        var result = AuditFile(name, folder);

        var places = result.Findings.Where(Evaluated).Select(f => $"{f.RuleId} {Place(f.Location)}").ToList();

        Assert.All(expected, e => Assert.Contains(e, places));
    }

    /// <summary>The findings that compare a printed number name the cell that prints it: its text is that number (a percentage with or without “%”).</summary>
    [Theory]
    [InlineData("linan-village-project-planted.xlsx", Provincial)]
    [InlineData("zhangqiu-farmland-project-planted.xlsx", Provincial)]
    [InlineData("sucheng-housing-department-tasks-planted.docx", Provincial)]
    [InlineData("haimen-school-15-25-25-35-planted.docx", "ThirdParty")]
    public void A_number_compared_is_the_text_of_the_cell_named(string name, string folder)
    {
        var document = DocumentReaders.Default.Read(PathOf(name, folder));
        var cells = document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Location.Cell is not null).ToLookup(c => c.Location.Cell);
        var result = AuditFile(name, folder);

        var compared = result.Findings.Where(Evaluated).Where(f => f.Actual is decimal && f.Location.Column is "得分" or "执行率" or "分值").ToList();

        Assert.NotEmpty(compared);
        Assert.All(compared, f =>
        {
            var cell = Assert.Single(cells[f.Location.Source?.Cell]);
            Assert.Equal((decimal)f.Actual!, NumberText.Parse(cell.Text.Trim().TrimEnd('%', '％'))?.Value);
        });
    }

    /// <summary>A score above its weight relates the total row by its 得分 cell, not its “总分” label.</summary>
    [Fact]
    public void A_related_total_names_the_total_score_cell()
    {
        var finding = Assert.Single(AuditFile("zhangqiu-farmland-project-planted.xlsx", Provincial).Findings, f => f.RuleId == "FA4001");

        Assert.Equal(["项目支出绩效自评表!H21"], finding.RelatedLocations.Select(l => l.Source?.Cell));
    }

    private static bool Evaluated(Finding f) => f.RuleId.StartsWith("FA4", StringComparison.Ordinal) || f.RuleId == "FA3004";

    private static string Place(FindingLocation l) => l.Source?.Cell ?? l.Source?.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
