using FiscalAudit.Engine;
using FiscalAudit.Engine.Templates;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Templates;

/// <summary>
/// The region switch of blanksAreZero (docs/templates.md): a region's template file may say that its printing of a table leaves
/// cells blank for figures it does not state, so that a blank is unknown rather than 0. 遵义's 表3 printed with a project's
/// 项目支出 left blank (“2130122 农业生产发展 | 350.00 | | ”): read with the national template, whose 表3 blanks are 0, its 款 21301
/// no longer adds up; read with a 遵义 template that switches the table's blanks off, they hold as lower bounds — and a
/// part printed larger than its total is still found. A template that switches the blanks of 表5 on again reads 表5 as the national one.
/// </summary>
public sealed class RegionBlanksTemplateTests : IDisposable
{
    private const string Name = "遵义市汇川区农业农村局2025年部门预算.txt";

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-blanks-").FullName;

    public RegionBlanksTemplateTests()
    {
        File.WriteAllText(Path.Combine(folder, "zunyi-2025.json"), """
            {
              "id": "zunyi-2025",
              "name": "遵义市2025年部门预算公开格式（示例）",
              "kind": "budget",
              "region": "遵义市",
              "years": [2025],
              "basedOn": "national-budget",
              "tables": [
                { "id": "B03", "blanksAreZero": false },
                { "id": "B05", "blanksAreZero": true }
              ],
              "identities": []
            }
            """);
    }

    public void Dispose() => Directory.Delete(folder, true);

    /// <summary>The project's row in 表3 (the first printing of it; 表5 prints the same line after it).</summary>
    private static readonly (string Right, string Wrong) BlankProject = ("2130122\t农业生产发展\t350.00\t\t350.00", "2130122\t农业生产发展\t350.00\t\t");

    private AuditResult Regional(params (string Right, string Wrong)[] plants) =>
        new Auditor(TemplateLibrary.From(folder).Apply(new AuditProfile())).Audit(Name, System.Text.Encoding.UTF8.GetBytes(Planted("zunyi-budget.txt", plants)));

    private static AuditResult National(params (string Right, string Wrong)[] plants) =>
        new Auditor().Audit(Name, System.Text.Encoding.UTF8.GetBytes(Planted("zunyi-budget.txt", plants)));

    [Fact]
    public void The_template_switches_the_blanks_of_its_tables()
    {
        var d = Regional().Disclosure!;

        Assert.Equal("zunyi-2025", d.Template!.Id);
        Assert.False(d.Table("B03")!.BlanksAreZero);
        Assert.True(d.Table("B05")!.BlanksAreZero);
        Assert.True(National().Disclosure!.Table("B03")!.BlanksAreZero);
    }

    [Fact]
    public void Read_with_the_national_template_a_blank_part_is_zero_and_its_parent_breaks_its_identity()
    {
        var finding = Assert.Single(Reported(National(BlankProject)));

        Assert.Equal(("FA6005", "B03", "21301 农业农村"), (finding.RuleId, finding.Location.Table, finding.Location.Row));
        Assert.Contains("580.00 ≠ 其下各项之和 230.00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_with_the_region_template_a_blank_part_is_unknown_and_gives_no_finding()
    {
        Assert.Empty(Reported(Regional()).Select(f => $"{f.RuleId} {f.Message}"));
        Assert.Empty(Reported(Regional(BlankProject)).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
    }

    [Fact]
    public void Read_with_the_region_template_a_part_larger_than_its_total_is_still_found()
    {
        var plant = ("2130153\t农田建设\t230.00\t\t230.00", "2130153\t农田建设\t230.00\t\t320.00");
        var found = Reported(Regional(plant));

        Assert.Contains(found, f => f.Location.Table == "B03" && (f.Location.Row ?? "").Contains("2130153", StringComparison.Ordinal)
            && f.Message.Contains("小于其已打印组成部分之和", StringComparison.Ordinal));
    }
}
