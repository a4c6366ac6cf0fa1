using FiscalAudit.Engine;
using FiscalAudit.Tests.Budget.NationalFormat;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.ComposedRegionsBudgetTests;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.Unseen;

/// <summary>
/// A 广东 省级 部门预算 (广东省林业局, 10,137.20万元, 本级 and two 事业单位), composed in the 广东 layout: eight tables 表1–表8 under the
/// 财政部 情况表 names and no 国有资本经营预算支出表, its 部门收入总体情况表 and 部门支出总体情况表 printed by unit (单位编码 | 单位名称,
/// the department “151” over its units “151001”…), 财政专户管理资金 and 单位资金 among its sources. Read as text, as a one-sheet
/// workbook and as a Word document with the 广东 template (region named on the cover): the clean document gives no finding and no
/// missing table; each planted error gives one finding of its rule at its place, the unit rows checked against the unit they belong to.
/// </summary>
public class GuangdongBudgetTests
{
    private const string Fixture = "guangdong-budget.txt";
    private const string Name = "广东省林业局2025年部门预算";

    private static readonly Plant[] Plants =
    {
        // A unit's 基本支出 mistyped in 表3: the department's sum of its units and its own row contradict it — one finding at the cell.
        new("151002\t广东省林业科学研究院\t2,780.40\t1,820.40", "151002\t广东省林业科学研究院\t2,780.40\t1,802.40", "FA6005", "B03", "广东省林业科学研究院", "广东省林业科学研究院（基本支出）"),
        // The department row's 合计 in 表3: its parts, its units and the table's 合计 row contradict it — one finding at the cell.
        new("151\t广东省林业局\t10,137.20\t6,177.20", "151\t广东省林业局\t10,173.20\t6,177.20", "FA6004", "B03", "广东省林业局", "其下各单位之和"),
        // A unit's 财政专户管理资金 in 表2: the department's sum of its units and its own row contradict it.
        new("151003\t广东省林业调查规划院\t1,626.20\t1,326.20\t\t\t300.00", "151003\t广东省林业调查规划院\t1,626.20\t1,326.20\t\t\t30.00", "FA6005", "B02", "广东省林业调查规划院", "广东省林业调查规划院（财政专户管理资金）"),
        new("基本支出6,177.20万元，占60.94%", "基本支出6,177.20万元，占60.49%", "FA3002", "", "", "说明写为 60.49%"),
    };

    public static TheoryData<string> Layouts() => new() { "text", "one-sheet", "docx" };

    private static AuditResult Audit(string layout, IEnumerable<Plant> plants)
    {
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", Fixture)), Fixture, plants.Select(p => (p.Right, p.Wrong)));
        return layout switch
        {
            "text" => new Auditor().Audit(Name + ".txt", System.Text.Encoding.UTF8.GetBytes(text)),
            // A workbook stores amounts as numbers: no thousands separators.
            "one-sheet" => new Auditor().Audit(Name + ".xlsx", Workbook(text.Replace(",", string.Empty, StringComparison.Ordinal))),
            _ => new Auditor().Audit(Name + ".docx", Word(text)),
        };
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_clean_document_is_read_with_the_guangdong_template_and_gives_no_finding(string layout)
    {
        var result = Audit(layout, []);

        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        var d = result.Disclosure!;
        Assert.Equal("guangdong-budget", d.Template!.Id);
        Assert.Contains("广东省", d.Template.Reason, StringComparison.Ordinal);
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B08", "B09" }, d.Tables.Select(t => t.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_tables_by_unit_read_each_unit_with_its_code_and_no_function_code(string layout)
    {
        var d = Audit(layout, []).Disclosure!;
        foreach (var id in new[] { "B02", "B03" })
        {
            var rows = d.Table(id)!.Rows;
            Assert.Equal(new[] { "合计", "广东省林业局", "广东省林业局本级", "广东省林业科学研究院", "广东省林业调查规划院" }, rows.Select(r => r.Name));
            Assert.Equal(new[] { null, "151", "151001", "151002", "151003" }, rows.Select(r => r.UnitCode));
            Assert.All(rows, r => Assert.Null(r.Code));
        }
        var research = d.Table("B02")!.Rows.Single(r => r.UnitCode == "151002");
        Assert.Equal((2380.40m, 400.00m), (research["一般公共预算"]!.Value.Value, research["单位资金"]!.Value.Value));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Each_planted_error_gives_one_finding_of_its_rule_at_its_place(string layout) =>
        EachPlantGivesOneFinding(plants => Audit(layout, plants), Plants);

    /// <summary>A unit whose figures do not add up to its department's row: the department row against its units (其下各单位之和).</summary>
    [Fact]
    public void A_department_row_is_checked_against_the_sum_of_its_units()
    {
        var plant = new Plant("151001\t广东省林业局本级\t5,730.60\t3,250.60\t2,480.00", "151001\t广东省林业局本级\t5,750.60\t3,270.60\t2,480.00", "FA6005", "B03", "广东省林业局", "其下各单位之和");
        var finding = Assert.Single(Reported(Audit("text", [plant])));

        Assert.Equal((plant.Rule, plant.Table, plant.Row), (finding.RuleId, finding.Location.Table, finding.Location.Row));
        Assert.StartsWith("表三“广东省林业局”行“合计”列 10,137.20 ≠ 其下各单位之和 10,157.20", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The 合计 row of a table listed by unit is the sum of its top units, and the message says so (各单位之和, not 各类之和).</summary>
    [Fact]
    public void A_total_row_by_unit_is_named_against_the_sum_of_its_units()
    {
        var plant = new Plant("\t合计\t10,137.20\t9,437.20\t\t\t300.00\t400.00", "\t合计\t10,137.20\t9,437.20\t\t\t300.00\t440.00", "FA6004", "B02", "合计", "各单位之和");
        var findings = Reported(Audit("text", [plant])).Where(f => f.Location.Table == "B02" && f.Location.Row == "合计").ToList();

        Assert.Contains(findings, f => f.Message.Contains("≠ 各单位之和 400.00", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("各类之和", StringComparison.Ordinal));
    }
}
