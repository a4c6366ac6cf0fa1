using System.Globalization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Budget.NationalFormat;

/// <summary>
/// 部门预算 of provinces with no template of their own, printed in the national reference format (表1 部门收支总表 … 表9
/// 国有资本经营预算支出表), composed with the figures of ../shared's SH-政府办 and SH-财政局 2025 budgets under other names:
/// a 长沙 text disclosure in 万元 (subtotal rows 本年收入合计/本年支出合计 and 一、本年收入/本年支出, a “三公” table with or without
/// its 2024 panel beside 2025) and a 佛山 workbook with every table on one sheet in 元 (表6 in 人员经费 | 公用经费 panels side by
/// side). The clean documents give no finding; each planted error gives its rule at its place.
/// </summary>
public class NationalFormatBudgetTests
{
    private const string TextName = "长沙市开福区人民政府办公室2025年部门预算.txt";

    private const string WorkbookName = "佛山市南海区财政局2025年部门预算.xlsx";

    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "NationalFormat");

    /// <summary>The “三公” table of national-budget.txt with last year's panel printed left of this year's.</summary>
    private static readonly (string Right, string Wrong) TwoPanels = (
        "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n\t\t小计\t公务用车购置费\t公务用车运行费\t\n867.50\t839.00\t0.00\t0.00\t0.00\t28.50",
        "2024年预算数\t\t\t\t\t\t2025年预算数\t\t\t\t\t\n"
        + "合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n"
        + "\t\t小计\t公务用车购置费\t公务用车运行费\t\t\t\t小计\t公务用车购置费\t公务用车运行费\t\n"
        + "897.50\t859.00\t0.00\t0.00\t0.00\t38.50\t867.50\t839.00\t0.00\t0.00\t0.00\t28.50");

    /// <summary>Planted errors of the text disclosure: (right, wrong), each made once at its first place.</summary>
    private static readonly (string Right, string Wrong)[] TextPlants =
    {
        ("2010301\t行政运行\t1202.95", "2010301\t行政运行\t1212.95"),
        ("（四）住房保障支出\t360.91", "（四）住房保障支出\t306.91"),
        ("其他商品和服务支出\t20.48\t\t20.48", "其他商品和服务支出\t20.84\t\t20.84"),
        ("867.50\t839.00\t0.00\t0.00\t0.00\t28.50", "876.50\t839.00\t0.00\t0.00\t0.00\t28.50"),
        ("比上年预算减少2389.52万元，下降20.79%", "比上年预算减少2389.52万元，下降20.08%"),
        ("比上年预算减少30.00万元，下降3.34%", "比上年预算减少30.00万元，下降3.43%"),
        ("基本支出2460.68万元", "基本支出2406.68万元"),
        ("政府采购货物预算0万元", "政府采购货物预算5.00万元"),
        ("涉及项目预算资金6626.00万元。", "涉及项目预算资金6626.00万元。（如有绩效目标以外的其他情况请说明）本部门项目支出绩效目标增加（减少）X个。"),
        ("# 一般公共预算支出表\n\n表5\n\n编制单位：长沙市开福区人民政府办公室", "# 一般公共预算支出表\n\n表5\n\n编制单位：长沙市人民政府办公室"),
    };

    /// <summary>
    /// What the text plants give: rule, table and row of a table finding, or the words of the narrative line a finding stands on.
    /// One cause is one finding: the 三公 total planted as 876.50 is the table's 合计 against its parts with the narrative's 867.50
    /// against it listed; the 302 row's items mistyped in both columns is one FA6005 naming both; 基本支出 restated as 2406.68 is
    /// 表三's 基本支出 restated wrong (FA6402), with the breakdown that does not add up and its wrong share listed.
    /// </summary>
    private static readonly (string Rule, string Table, string Row, string Line)[] TextFound =
    {
        ("FA6004", "B03", "2010301 行政运行", ""),
        ("FA6004", "B04", "（四）住房保障支出", ""),
        ("FA6005", "B08", "302 商品和服务支出", ""),
        ("FA6006", "B09", "三公经费", ""),
        ("FA3003", "", "", "“三公”经费预算867.50万元"),
        ("FA3003", "", "", "收入预算9101.68万元"),
        ("FA6402", "", "", "基本支出2406.68万元"),
        ("FA3005", "", "", "政府采购预算34.00万元"),
        ("FA3011", "", "", "（如有绩效目标以外"),
        ("FA3016", "", "", "（如有绩效目标以外"),
        ("FA3016", "", "", "（如有绩效目标以外"),
        ("FA3014", "", "", "编制单位：长沙市人民政府办公室"),
    };

    private static string Text(bool twoPanels, IEnumerable<(string Right, string Wrong)> plants) =>
        Planted("national-budget.txt", (twoPanels ? new[] { TwoPanels } : []).Concat(plants));

    /// <summary>The fixture <paramref name="name"/> with each (right, wrong) made once, at the first place it is printed.</summary>
    internal static string Planted(string name, IEnumerable<(string Right, string Wrong)> plants) =>
        Planting.Planted(File.ReadAllText(Path.Combine(Folder, name)), name, plants);

    /// <summary>The clean documents as read: the text with one “三公” panel and with two, and the workbook.</summary>
    internal static IEnumerable<Core.Model.Disclosure> Composed() =>
        new[] { Audit(TextName, Text(false, [])), Audit(TextName, Text(true, [])), new Auditor().Audit(WorkbookName, Workbook([])) }.Select(r => r.Disclosure!);

    private static AuditResult Audit(string name, string text) => new Auditor().Audit(name, System.Text.Encoding.UTF8.GetBytes(text));

    internal static List<Finding> Reported(AuditResult result) => result.Findings.Where(f => f.Severity != Severity.Info).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_clean_text_is_read_in_the_national_format_without_findings(bool twoPanels)
    {
        var result = Audit(TextName, Text(twoPanels, []));
        var d = result.Disclosure!;
        Assert.Equal("national-budget", d.Template!.Id);
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09" }, d.Tables.Select(t => t.Id).Order());
        Assert.All(d.Tables, t => Assert.Equal("万元", t.Unit));
        var row = Assert.Single(d.Table("B09")!.Rows);
        Assert.Equal(867.50m, row["合计"]!.Value.Value);
        Assert.Equal(28.50m, row["公务接待费"]!.Value.Value);
        Assert.Equal(twoPanels ? 897.50m : null, row["上年·合计"]?.Value);
        Assert.Equal(twoPanels ? 38.50m : null, row["上年·公务接待费"]?.Value);
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Message}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_planted_error_of_the_text_gives_its_rule_at_its_place(bool twoPanels)
    {
        var text = Text(twoPanels, TextPlants);
        var lines = text.Split('\n');
        var expected = TextFound.Select(e => (e.Rule, e.Table, e.Row, Line: e.Line.Length == 0 ? 0 : Array.FindIndex(lines, l => l.Contains(e.Line, StringComparison.Ordinal)) + 1)).ToList();
        Assert.DoesNotContain(expected, e => e.Line < 0);
        var actual = Reported(Audit(TextName, text))
            .Select(f => (f.RuleId, f.Location.Table ?? "", f.Location.Row ?? "", f.Location.Table is null ? f.Location.Line ?? 0 : 0)).ToList();
        Assert.Equal(expected.Order(), actual.Order());
    }

    /// <summary>The one-sheet workbook: each cell of the fixture's rows (comma-separated, no quoted cells) in its column, amounts stored as numbers.</summary>
    private static byte[] Workbook(IEnumerable<(string Right, string Wrong)> plants)
    {
        var csv = Planted("national-budget-one-sheet.csv", plants);
        var workbook = new TestXlsx().Sheet("2025年部门预算");
        var rows = csv.Split('\n', StringSplitOptions.None);
        for (var r = 0; r < rows.Length; r++)
        {
            workbook.Row(r + 1, rows[r].TrimEnd('\r').Split(','));
        }
        return workbook.Build();
    }

    private static readonly (string Right, string Wrong)[] WorkbookPlants =
    {
        ("本年支出合计,31214205.80", "本年支出合计,31241205.80"),
        ("支出总计,31214205.80", "支出总计,31241205.80"),
        ("2010601,行政运行,16231840.80,16093326.00,138514.80", "2010601,行政运行,16231840.80,16039326.00,138514.80"),
        ("津贴补贴,13012070.00", "津贴补贴,13102070.00"),
        ("增长11.76%", "增长10.53%"),
        ("编制单位：佛山市南海区财政局,,,表5", "编制单位：佛山市财政局,,,表5"),
        ("共有车辆0辆", "共有车辆××辆"),
        ("行政运行（项）1623.18万元", "行政运行（项）1632.18万元"),
        ("项目支出609.31万元，占19.52%", "项目支出609.31万元，占19.25%"),
    };

    [Fact]
    public void The_clean_workbook_with_every_table_on_one_sheet_has_no_findings()
    {
        var result = new Auditor().Audit(WorkbookName, Workbook([]));
        var d = result.Disclosure!;
        Assert.Equal("national-budget", d.Template!.Id);
        Assert.Equal(new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09" }, d.Tables.Select(t => t.Id).Order());
        Assert.All(d.Tables, t => Assert.Equal("元", t.Unit));
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Message}"));
    }

    /// <summary>
    /// 行政运行's mistyped 基本支出 is one finding at its row: its 合计 and its 款 (the project 项 beside it print no 基本支出, none)
    /// both say what it should be.
    /// </summary>
    [Fact]
    public void Each_planted_error_of_the_workbook_gives_its_rule()
    {
        var found = Reported(new Auditor().Audit(WorkbookName, Workbook(WorkbookPlants)))
            .Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}".TrimEnd()).Order().ToList();
        Assert.Equal(new[]
        {
            "FA3002", "FA3003", "FA3011", "FA3014", "FA6001 B01 支出总计", "FA6001 B01 本年支出合计", "FA6005 B03 2010601 行政运行", "FA6005 B08 301 工资福利支出", "FA6401",
        }.Order(), found);
    }

    /// <summary>A budget counts its assets at the end of the year it is drawn up in: 截至2024年12月31日 is right in a 2025 budget, 2025 is not.</summary>
    [Fact]
    public void A_budget_counts_its_assets_at_the_end_of_the_year_before()
    {
        var wrong = Reported(Audit(TextName, Text(false, [("截至2024年12月31日", "截至2025年12月31日")])));
        var year = Assert.Single(wrong);
        Assert.Equal(("FA3010", (object)2024, (object)2025), (year.RuleId, year.Expected, year.Actual));
    }
}
