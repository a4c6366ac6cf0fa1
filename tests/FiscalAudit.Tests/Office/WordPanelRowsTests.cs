using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// The ruled 部门决算 of Pdf/RuledFixtures (南宁市青秀区农业农村局 2023) saved as Word by LibreOffice (issue 12, classes 10 and 11):
/// 表六's panels are named by a row of one cell merged across the table — “人员经费” over the first, “公用经费” over the second —
/// in two Word tables one under the other, in one Word table holding both, or with the table's “单位：万元” and its note
/// “注：本表…” set in rows of one cell too. The panel row stays in the table and gives the rows under it their side: every variant
/// reads 表六 cell for cell like the panels side by side, the planted 人员经费合计 (794.00 for 301 + 303 = 784.00) is found as
/// FA1009, and the clean variants give no table finding. The caption and the note rows are not read as rows.
/// </summary>
public class WordPanelRowsTests : IDisposable
{
    private static readonly string[] TableRules = ["FA1", "FA2", "FA3014", "FA5"];

    private const string SecondTable = "</tbody></table><br><table class=t border=1 cellspacing=0 cellpadding=3><thead><tr><th colspan=3>公用经费</th></tr>";

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-panels-").FullName;

    [LibreOfficeTheory]
    [InlineData("two-tables")]
    [InlineData("one-table")]
    [InlineData("caption-and-note-rows")]
    public void Planted_personnel_total_is_found_in_the_word_variant(string variant)
    {
        var result = Word(variant, planted: true);
        Assert.Contains(result.Findings, f => f.RuleId == "FA1009" && f.Location.Table == "T6" && f.Location.Row == "人员经费合计");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA2007");
    }

    [LibreOfficeTheory]
    [InlineData("two-tables")]
    [InlineData("one-table")]
    [InlineData("caption-and-note-rows")]
    public void Clean_word_variant_reads_table_six_like_the_panels_side_by_side(string variant)
    {
        var result = Word(variant, planted: false);
        Assert.Empty(result.Findings.Where(f => TableRules.Any(r => f.RuleId.StartsWith(r, StringComparison.Ordinal))).Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}: {f.Message}"));
        var sideBySide = Audit("captions-in-first-row", RuledFixtures.Html("captions-in-first-row", planted: false));
        Assert.Equal(SameReading.Cells(sideBySide, "T6").Order(StringComparer.Ordinal), SameReading.Cells(result, "T6").Order(StringComparer.Ordinal));
        var six = result.Disclosure!.Tables.Single(t => t.Id == "T6");
        Assert.Equal(["302", "30201", "30205"], six.Rows.Where(r => r.Side == "公用经费" && r.Code is not null).Select(r => r.Code).Take(3));
        Assert.DoesNotContain(six.Rows, r => r.Name.StartsWith("单位", StringComparison.Ordinal) || r.Name.StartsWith("注", StringComparison.Ordinal));
    }

    /// <summary>The stacked-panels layout, its 表六 set as <paramref name="variant"/> says, saved as .docx and audited.</summary>
    private AuditResult Word(string variant, bool planted)
    {
        var html = RuledFixtures.Html("split-codes-panels-stacked", planted);
        Assert.Contains(SecondTable, html, StringComparison.Ordinal);
        html = variant switch
        {
            "one-table" => html.Replace(SecondTable, "<tr><th colspan=3>公用经费</th></tr>", StringComparison.Ordinal),
            "caption-and-note-rows" => html
                .Replace("<table class=t border=1 cellspacing=0 cellpadding=3><thead><tr><th colspan=3>人员经费</th></tr>",
                    "<table class=t border=1 cellspacing=0 cellpadding=3><thead><tr><td colspan=3>单位：万元</td></tr><tr><th colspan=3>人员经费</th></tr>", StringComparison.Ordinal)
                .Replace("<td class=n>10.00</td></tr></tbody></table><br><p>注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。</p>",
                    "<td class=n>10.00</td></tr><tr><td colspan=3>注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。</td></tr></tbody></table>", StringComparison.Ordinal),
            _ => html,
        };
        return Audit(variant, html);
    }

    private AuditResult Audit(string name, string html)
    {
        var file = Path.Combine(folder, name + ".html");
        File.WriteAllText(file, html);
        var (exit, output, _) = LibreOffice.ConvertTo(file, "docx:MS Word 2007 XML");
        var docx = Path.ChangeExtension(file, ".docx");
        Assert.True(exit == 0 && File.Exists(docx), $"soffice failed on {name} ({exit}): {output}");
        return new Auditor(new AuditProfile()).Audit(docx);
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
