using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A district 部门决算 (南宁市青秀区农业农村局 2023) whose nine tables are ruled, printed to PDF by Chromium from HTML in three
/// layouts other regions publish (issue 12, classes 3 and 11; Pdf/RuledFixtures): heads of three rows with merged cells and a
/// 栏次 row, 功能分类 codes in three columns 类 | 款 | 项, the 合计 row first; 表一 over two pages with its head repeated or
/// not; 表六's 人员经费 and 公用经费 panels one under the other, each with its own head (and its 合计 first), or side by side;
/// thin double lines and grey shading; “单位名称：… 2023年度 金额单位：万元” over every table — on a line of its own under
/// “公开0N表”, or in the table's first row; 表八 and 表九 empty with their notes (“…故本表为空”, “本表为空表”). Every layout
/// reads the same cells. The planted variants (the clean HTML with five figures changed, see RuledFixtures) carry five errors, each found at its place: 表一 本年收入合计 that is not the sum
/// of its rows (FA1001), a 款 row of 表二 that is not the sum of its 项 (FA1006), a row of 表五 whose 合计 is not 基本 + 项目
/// (FA1005), 表六 人员经费合计 that is not 301 + 303 (FA1009), and 表三's header naming another unit (FA3014). The clean variants,
/// whose headers name the department or its name without the city (青秀区农业农村局), give no table finding.
/// </summary>
public class RuledPrintTests
{
    private static readonly string[] TableRules = ["FA1", "FA2", "FA3014", "FA5"];

    [ChromiumTheory(needsShared: false)]
    [InlineData("split-codes-panels-stacked", "南宁市农业农村局")]
    [InlineData("double-lines-head-not-repeated", "南宁市青秀区林业局")]
    [InlineData("captions-in-first-row", "南宁市西乡塘区农业农村局")]
    public void Planted_errors_in_ruled_tables_are_found_where_they_are(string layout, string otherUnit)
    {
        var result = Printed(layout, planted: true);
        Assert.Contains(result.Findings, f => f.RuleId == "FA1001" && f.Location.Table == "T1" && f.Location.Row == "本年收入合计");
        Assert.Contains(result.Findings, f => f.RuleId == "FA1006" && f.Location.Table == "T2" && f.Location.Row == "21301 农业农村");
        Assert.Contains(result.Findings, f => f.RuleId == "FA1005" && f.Location.Table == "T5" && f.Location.Row == "2101101 行政单位医疗");
        Assert.Contains(result.Findings, f => f.RuleId == "FA1009" && f.Location.Table == "T6" && f.Location.Row == "人员经费合计");
        Assert.Contains(result.Findings, f => f.RuleId == "FA3014" && f.Message.Contains(otherUnit, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Every_layout_reads_the_same_cells_and_no_table_finding_on_the_clean_variants()
    {
        var readings = new[] { "split-codes-panels-stacked", "double-lines-head-not-repeated", "captions-in-first-row" }.Select(layout => Printed(layout, planted: false)).ToList();
        foreach (var result in readings)
        {
            Assert.Empty(result.Findings.Where(f => TableRules.Any(r => f.RuleId.StartsWith(r, StringComparison.Ordinal))).Select(Describe));
            Assert.Equal(SameReading.Cells(readings[0]).Order(StringComparer.Ordinal), SameReading.Cells(result).Order(StringComparer.Ordinal));
        }
        var operating = readings.Select(r => r.Disclosure!.Tables.Single(t => t.Id == "T6").Rows.Where(row => row.Side == "公用经费").Select(row => row.Code)).ToList();
        Assert.All(operating, codes => Assert.Equal(["302", "30201", "30205"], codes.Where(c => c is not null).Take(3)));
        Assert.Equal(9, readings[0].Disclosure!.Tables.Count(t => t.Id.StartsWith('T')));
    }

    private static string Describe(Finding f) => $"{f.RuleId} {f.Location.Table} {f.Location.Row}: {f.Message}";

    private static AuditResult Printed(string layout, bool planted)
    {
        AuditResult? result = null;
        var html = System.Text.Encoding.UTF8.GetBytes(RuledFixtures.Html(layout, planted));
        PrintedRendering.Check(layout + (planted ? "-planted" : "") + ".html", html, ChromiumPrint.ConvertToPdf, pdf => result = new Auditor(new AuditProfile()).Audit(pdf));
        return result!;
    }
}
