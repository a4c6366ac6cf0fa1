using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// 表七 printed with the panel word only over each panel's first column (“预算数合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 |
/// 决算数合计 | …”) and no 购置费/运行费 columns, as the Zhejiang 生态环境厅 决算 prints it (Narrative/Identity), printed to PDF by LibreOffice
/// without rules so that each header label wraps into a second header row (“预算数合” over “计”). Every column is read under its panel,
/// 公务用车购置及运行费 as the 小计; a planted sum error gives FA1010 on 表七 and nothing is left unread (no FA0002).
/// </summary>
public class PanelSangongTableTests
{
    private static string Html() => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Identity", "zhejiang-ecology-department-final-accounts.html"));

    private static Core.Model.FiscalTable? Sangong(string html, out List<string> rules)
    {
        Core.Model.FiscalTable? table = null;
        var found = new List<string>();
        PrintedRendering.Check("zhejiang-panel-sangong.html", System.Text.Encoding.UTF8.GetBytes(html), file =>
        {
            var result = new Auditor().Audit(file);
            table = result.Disclosure?.Tables.SingleOrDefault(t => t.Id == "T7");
            found.AddRange(result.Findings.Select(f => $"{f.RuleId} {f.Location.Table}"));
        });
        rules = found;
        return table;
    }

    [LibreOfficeFact]
    public void Every_column_of_the_panel_table_is_read_under_its_panel()
    {
        var table = Sangong(Html(), out var rules);
        Assert.DoesNotContain(rules, r => r.StartsWith("FA0002", StringComparison.Ordinal) || r.StartsWith("FA1010", StringComparison.Ordinal));
        var row = Assert.Single(table!.Rows);
        Assert.Equal(
            ["预算数·合计 120.00", "预算数·因公出国（境）费 30.00", "预算数·公务用车购置及运行费·小计 70.00", "预算数·公务接待费 20.00",
             "决算数·合计 108.00", "决算数·因公出国（境）费 26.00", "决算数·公务用车购置及运行费·小计 66.00", "决算数·公务接待费 16.00"],
            table.Columns.Select(c => $"{c} {row[c]?.Value:0.00}"));
    }

    [LibreOfficeTheory]
    [InlineData("<td>16.00</td>", "<td>18.00</td>")]
    [InlineData("<td>30.00</td>", "<td>31.00</td>")]
    [InlineData("<td>66.00</td>", "<td>60.00</td>")]
    public void A_planted_sum_error_in_the_panel_table_gives_FA1010(string right, string wrong)
    {
        var html = Html();
        Assert.Contains(right, html, StringComparison.Ordinal);
        Sangong(html.Replace(right, wrong, StringComparison.Ordinal), out var rules);
        Assert.Contains("FA1010 T7", rules);
        Assert.DoesNotContain(rules, r => r.StartsWith("FA0002", StringComparison.Ordinal));
    }
}
