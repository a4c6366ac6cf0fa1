using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Tests.Ingest;
using FiscalAudit.Tests.Office.Workbooks;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: three whole 2023 部门决算, cover to 名词解释, of departments and provinces no other whole fixture covers — a Gansu county
/// 教育局 with 13 schools (事业收入 of a 高中, 其他收入, a 政府性基金 彩票公益金 project with its 表八, 机关运行经费 of the 局机关 only),
/// a Guangxi district 卫生健康局 (zeros printed 0.00, an item without 年初预算) and a Heilongjiang city 检察院 (zeros printed “-”),
/// each composed from one set of figures (the nine tables and the 情况说明 agree). Read as text, as a ruled Word document printed to
/// PDF by LibreOffice, as MinerU's Markdown and as a workbook of the tables with a Word file of the text checked as one set, the
/// right document gives no 错误 or 警告; each planted defect (template residue, the department's identity, percent forms, a figure
/// printed differently in two tables) gives one finding of its rule at its place.
/// </summary>
public class UnseenWholeDocumentTests
{
    private const string Gansu = "gansu-county-education-bureau.txt";

    private const string Guangxi = "guangxi-district-health-bureau.txt";

    private const string Heilongjiang = "heilongjiang-city-procuratorate.txt";

    private static readonly Auditor Auditor = new(new AuditProfile());

    /// <summary>Every 错误 and 警告 as rule, place and message.</summary>
    private static List<string> Alarms(AuditResult result) =>
        result.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning)
            .Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Location.Column} 第{f.Location.Line}行 {f.Message}").ToList();

    [Theory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_document_as_MinerU_Markdown_gives_the_cells_of_the_text_and_no_alarm(string name)
    {
        var text = Text(name);
        var markdown = ConvertedMarkdown.Write(text, ConverterStyle.Named("MinerU: one line per table in html/body, spans, percents as $N\\%$"));

        var read = Auditor.Audit(Path.ChangeExtension(name, ".md"), Encoding.UTF8.GetBytes(markdown));

        Assert.Empty(Alarms(read));
        Assert.Equal(Support.SameReading.Cells(Auditor.Audit(name, Encoding.UTF8.GetBytes(text))), Support.SameReading.Cells(read));
    }

    [LibreOfficeTheory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_document_as_a_ruled_Word_document_printed_to_pdf_gives_no_alarm(string name) =>
        PrintedRendering.Check(Path.ChangeExtension(name, ".docx"), BorderlessTablesTests.WordDocument(Text(name), ruled: true), pdf =>
        {
            var read = Auditor.Audit(pdf);
            Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), read.Disclosure!.Tables.Select(t => t.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.Empty(Alarms(read));
        });

    /// <summary>The Gansu document published as two files: its tables as a workbook, a table a sheet, and its text as a Word document.</summary>
    [Fact]
    public void The_tables_as_a_workbook_and_the_text_as_a_Word_document_checked_as_one_set_give_no_alarm()
    {
        var results = AsWorkbookAndWord(Text(Gansu));

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Single(r.Set));
        Assert.Empty(results.SelectMany(Alarms));
    }

    /// <summary>The workbook of the tables (the cover's two lines, then 第二部分) and the Word document of the rest, joined as a set.</summary>
    private static List<AuditResult> AsWorkbookAndWord(string text)
    {
        var (start, cut) = (text.IndexOf("第二部分　2023年度部门决算表\n\n", StringComparison.Ordinal), text.LastIndexOf("第三部分　2023", StringComparison.Ordinal));
        var tables = string.Join('\n', text.Split('\n')[..2]) + "\n\n" + text[start..cut];
        var words = text[..start] + text[cut..];
        var workbook = DisclosureWorkbook.Build(tables, new WorkbookLayout(SheetNames: [.. Enumerable.Range(1, 9).Select(n => $"公开{n:00}表"), "说明"]));
        return new DocumentSets(Auditor).Join([
            Auditor.Audit("秦安县教育局2023年度部门决算公开表.xlsx", workbook),
            Auditor.Audit("秦安县教育局2023年度部门决算说明.docx", BorderlessTablesTests.WordDocument(words, landscape: false)),
        ]).ToList();
    }
}
