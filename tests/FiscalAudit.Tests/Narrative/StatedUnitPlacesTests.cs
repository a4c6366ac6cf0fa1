using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office.Workbooks;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Where a table states its money unit (issue 12, table units): a caption line, a cell of its first header row
/// (“金额单位：元” written into the table), the names of its money columns (“本年支出合计（元）”), in text and in a workbook;
/// and 亿元, in a caption (“金额单位：亿元”, a summary table) and in the 情况说明 (“收、支总计均为2.04亿元”), restated rounding-aware
/// (2.04亿元 stands for 20350–20450万元). The disclosure is the nine-table one under Office/Workbooks (no findings of its own).
/// </summary>
[Collection("Legacy Office conversions")]
public class StatedUnitPlacesTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    /// <summary>The rules that compare a table with another or with the text: what a misread unit breaks.</summary>
    private static bool ComparesAcross(Finding f) => f.RuleId.StartsWith("FA2", StringComparison.Ordinal) || f.RuleId.StartsWith("FA30", StringComparison.Ordinal);

    private static string[] Lines(int scale = 1) => DisclosureWorkbook.Text(scale: scale).Split('\n');

    private static IReadOnlyList<Finding> Text(string[] lines) => Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines))).Findings;

    private static IReadOnlyList<Finding> Workbook(string[] lines) =>
        Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(string.Join('\n', lines), new WorkbookLayout(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "说明"]))).Findings;

    private static List<string> Places(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Location.Column}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The column names of a table's first header line with “（元）” after each money column's name.</summary>
    private static string YuanColumns(int table, string line) =>
        string.Join('\t', line.Split('\t').Select((c, i) => i >= 2 && c.Trim().Length > 0 ? c + "（元）" : c));

    /// <summary>A row put before a table's header with “金额单位：元” in its last cell.</summary>
    private static string YuanRow(int table, string line) => new string('\t', line.Split('\t').Length - 1) + "金额单位：元\n" + line;

    /// <summary>
    /// 表三 or 表五 printed in 元 with the unit stated in its header — after its column names, or in a row above them — and no caption
    /// line (or one that names the department only): read as when the caption says 元, in text and in a workbook. Without any statement
    /// the table is read in the document's 万元 and compared wrongly (the same table, unit not stated).
    /// </summary>
    [Theory]
    [InlineData(3, "names", null)]
    [InlineData(5, "names", "部门：博爱县政务服务和大数据管理局")]
    [InlineData(3, "row", null)]
    [InlineData(5, "row", null)]
    public void A_unit_stated_in_the_header_is_the_tables_unit(int table, string where, string? caption)
    {
        Func<int, string, string> header = where == "names" ? YuanColumns : YuanRow;
        var stated = Text(TablesInYuan.Rewrite(Lines(), [table], new Dictionary<int, string?> { [table] = "金额单位：元" }));
        var inHeader = TablesInYuan.Rewrite(Lines(), [table], new Dictionary<int, string?> { [table] = caption }, header: (t, l) => t == table ? header(t, l) : l);
        var unstated = Text(TablesInYuan.Rewrite(Lines(), [table], new Dictionary<int, string?> { [table] = caption }));

        Assert.DoesNotContain(stated, ComparesAcross);
        Assert.Equal(Places(stated), Places(Text(inHeader)));
        Assert.Equal(Places(stated), Places(Workbook(inHeader)));
        Assert.Contains(unstated, ComparesAcross);
    }

    /// <summary>The 情况说明 states the totals in 亿元 (the disclosure ×100: 20429.00万元): <paramref name="stated"/> agrees within its rounding or is one FA3001.</summary>
    [Theory]
    [InlineData("2.04亿元", false)]
    [InlineData("2.0429亿元", false)]
    [InlineData("2.043亿元", false)]
    [InlineData("2.14亿元", true)]
    [InlineData("2.05亿元", true)]
    public void A_narrative_amount_in_yi_yuan_is_compared_within_its_rounding(string stated, bool differs)
    {
        var lines = Lines(100);
        var plain = Places(Text(lines));
        var at = Array.FindIndex(lines, l => l.Contains("收、支总计均为20429.00万元", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("20429.00万元", stated, StringComparison.Ordinal);
        var findings = Text(lines);
        var added = findings.Where(f => !plain.Contains(Places([f])[0])).ToList();
        if (!differs)
        {
            Assert.Empty(added);
            return;
        }
        var finding = Assert.Single(added);
        Assert.Equal("FA3001", finding.RuleId);
        Assert.Contains($"原文为“{stated}”", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 表一 printed in 亿元 (“金额单位：亿元”, 2.04 for 20429.00万元) beside tables in 万元: compared with them rounding-aware, it agrees;
    /// the same figures under the document's 万元 caption disagree with every table by 10000: one FA3020 at 表一, its
    /// cross-table comparisons folded into it.
    /// </summary>
    [Theory]
    [InlineData("金额单位：亿元", false)]
    [InlineData("单位：亿元", false)]
    [InlineData("金额单位：万元", true)]
    public void A_summary_table_in_yi_yuan_agrees_with_the_tables_in_wan_yuan(string caption, bool differs)
    {
        var findings = Text(TablesInYuan.Rewrite(Lines(100), [1], new Dictionary<int, string?> { [1] = caption }, factor: 0.0001m));
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("FA2", StringComparison.Ordinal));
        var unit = findings.Where(f => f.RuleId == "FA3020").ToList();
        Assert.Equal(differs, unit.Count == 1 && unit[0].Location.Table == "T1" && unit[0].Message.Contains("实为以“亿元”为单位", StringComparison.Ordinal));
        if (!differs) Assert.Empty(unit);
    }
}
