using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Office.Workbooks.DepartmentWorkbookTests;

namespace FiscalAudit.Tests.Office.Workbooks;

/// <summary>
/// A 青海 (西宁) 部门决算 the workbook tests had not seen (issue 12, class 11): 表一 and 表四 two-sided with 行次 on both sides, 表六 in three
/// panels, 表七 printed as rows (合计, 因公出国（境）费, 公务用车购置及运行维护费 and its two parts, 公务接待费) under 预算数 | 决算数, notes under
/// every table, 表八 and 表九 empty with their 说明. Laid out as departments lay workbooks out (<see cref="WorkbookLayout"/>: one sheet, a
/// sheet a table named 表N or 公开0N表, side by side, amounts as text with separators, zeros as “-”, “—” or left blank, spacer columns,
/// tall headers) it reads as its text: every table, the two sides and the panels, no finding; a planted error is found once, in its
/// table and row, at the Excel cell that holds the planted figure.
/// </summary>
[Collection("Legacy Office conversions")]
public class XiningWorkbookTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    internal static string Source(IEnumerable<(string Right, string Wrong)>? plants = null) =>
        Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Ingest", "Converted", "xining-market-final-accounts-2023.txt")), "the 西宁 disclosure", plants ?? []);

    /// <summary>The layouts of <see cref="DepartmentWorkbookTests"/> and an .xls-era one: a sheet a table, amounts as text with separators, zeros left blank.</summary>
    private static WorkbookLayout Layout(string name) => name switch
    {
        "xls-era" => new WorkbookLayout(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表", "说明"], Amounts: "thousands", Zero: "blank"),
        "one-sheet-blank-zeros" => new WorkbookLayout(BlankRows: false, Amounts: "thousands", Zero: "blank", MergedTitles: false),
        _ => DepartmentWorkbookTests.Layout(name),
    };

    public static TheoryData<string> Layouts => new()
    {
        "sheets", "one-sheet", "side-by-side", "full-width", "formulas", "economic-codes", "economic-codes-class-once", "software-export",
        "tall-headers", "spacers", "spacers-unmerged", "partial-panels", "xls-era", "one-sheet-blank-zeros",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_clean_disclosure_reads_as_its_text_without_findings(string layout)
    {
        var text = Source();
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var read = Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(text, Layout(layout)));

        Assert.Empty(expected.Findings);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), read.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Amounts(expected), Amounts(read));
        Assert.Equal(Sides(expected), Sides(read));
        Assert.True(read.Findings.Count == 0, string.Join("\n", read.Findings.Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}")));
    }

    /// <summary>Each plant: the text changed, the rule, table and row of its finding, and the figure the finding's cell prints.</summary>
    public static TheoryData<string, string, string, string, string, string, string> Plants()
    {
        var plants = new (string Right, string Wrong, string Rule, string Table, string Row, string AtCell)[]
        {
            // 人员经费合计 no longer 301 + 303 (the first of 表六's three panels).
            ("人员经费合计\t\t985.15", "人员经费合计\t\t958.15", "FA1009", "T6", "人员经费合计", "958.15"),
            // 表一 本年收入合计 no longer its rows' sum.
            ("本年收入合计\t26\t1,298.75", "本年收入合计\t26\t1,289.75", "FA1001", "T1", "本年收入合计", "1,289.75"),
            // 表三 20805 no longer its 项 rows' sum.
            ("20805\t行政事业单位养老支出\t142.60\t142.60\t0.00\t0.00\t0.00\t0.00\n", "20805\t行政事业单位养老支出\t124.60\t124.60\t0.00\t0.00\t0.00\t0.00\n", "FA1006", "T3", "20805 行政事业单位养老支出", "124.60"),
            // 表四's 卫生健康支出 合计 no longer the sum of its fund kinds.
            ("九、卫生健康支出\t41\t58.40\t58.40", "九、卫生健康支出\t41\t58.04\t58.40", "FA1005", "T4", "九、卫生健康支出", "58.04"),
            // 表七 printed as rows: the 预算数 of 公务接待费 no longer adds up to the 合计 (found at the 合计).
            ("3.公务接待费\t3.50\t1.80", "3.公务接待费\t3.05\t1.80", "FA1010", "T7", "三公经费", "18.50"),
        };
        var data = new TheoryData<string, string, string, string, string, string, string>();
        foreach (var layout in new[] { "one-sheet", "side-by-side", "xls-era", "one-sheet-blank-zeros", "spacers", "software-export" })
        {
            foreach (var p in plants) data.Add(layout, p.Right, p.Wrong, p.Rule, p.Table, p.Row, p.AtCell);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_planted_error_is_found_once_at_the_cell_holding_it(string layout, string right, string wrong, string rule, string table, string row, string atCell)
    {
        var text = Source([(right, wrong)]);
        var workbook = DisclosureWorkbook.Build(text, Layout(layout));
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var read = Auditor.Audit("决算.xlsx", workbook);

        var planted = wrong.Split('\t', '\n').First(a => a.Contains('.') && !right.Contains(a, StringComparison.Ordinal));
        var finding = Assert.Single(read.Findings, f => f.RuleId == rule);
        Assert.Equal((table, row), (finding.Location.Table, finding.Location.Row));
        Assert.Contains(planted.Replace(",", "", StringComparison.Ordinal), finding.Message.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var cell = new XlsxReader().Read("决算.xlsx", workbook).Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Single(c => c.Location.Cell == finding.Location.Source?.Cell);
        Assert.Equal(atCell.Replace(",", "", StringComparison.Ordinal), cell.Text.Replace(",", "", StringComparison.Ordinal).Trim());
        Assert.Equal(Places(expected), Places(read));
    }
}
