using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Office.RoundTrip;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Targets.TargetKit;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// The composed budget as a Word file whose forms are drawn as printed ones (ruled all round, the 项目资金 and level
/// cells merged down), as an Excel copy, and that Word file printed to PDF by LibreOffice: the same forms and findings.
/// </summary>
public sealed class TargetOfficeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-targets-").FullName;

    [Fact]
    public void Word_file_with_merged_cells_gives_the_same_forms_and_findings()
    {
        var word = new Auditor().Audit("targets-budget.docx", Word(Markdown));
        Assert.Null(word.ReadError);
        AssertSame(word);
    }

    [Fact]
    public void Excel_copy_gives_the_same_forms_and_findings()
    {
        var source = DocumentReaders.Default.Read(FileName, System.Text.Encoding.UTF8.GetBytes(Markdown));
        var excel = new Auditor().Audit("targets-budget.xlsx", ExcelRoundTripWriter.Write(source));
        Assert.Null(excel.ReadError);
        AssertSame(excel);
    }

    [LibreOfficeFact]
    public void Pdf_printed_from_the_word_file_gives_the_same_forms_and_findings()
    {
        var docx = Path.Combine(folder, "targets-budget.docx");
        File.WriteAllBytes(docx, Word(Markdown));
        var (exitCode, output, pdf) = LibreOffice.ConvertToPdf(docx);
        Assert.True(exitCode == 0 && File.Exists(pdf), $"soffice failed ({exitCode}): {output}");
        var printed = new Auditor().Audit(pdf);
        AssertSame(printed);
        Assert.All(printed.Disclosure!.ProjectTargets.Forms, f => Assert.NotNull(f.Location.Page));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void AssertSame(AuditResult other)
    {
        var markdown = Audit(Markdown);
        Assert.Equal(3, Shape(markdown).Count);
        Assert.Equal(Shape(markdown), Shape(other));
        Assert.Equal(Findings(markdown), Findings(other));
    }

    /// <summary>
    /// Headings and paragraphs as Word paragraphs, each Markdown table as a Word table ruled all round in which a blank
    /// cell of the first two columns continues the cell above it (项目资金（万元）, 绩效指标, 产出指标 drawn merged), no row
    /// broken over a page (a row split by the page end is read as two rows by the PDF reader).
    /// </summary>
    internal static byte[] Word(string markdown) => TestDocx.FromMarkdown(markdown, Table);

    private static Table Table(List<string[]> rows)
    {
        var table = TestDocx.Table(rows.Select((cells, r) => TestDocx.Row(cells.Select((text, c) =>
            c > 1 ? TestDocx.Cell(text)
            : text.Length == 0 && r > 0 ? TestDocx.Cell(string.Empty, continues: true)
            : TestDocx.Cell(text, vertical: MergedCellValues.Restart)).ToArray())).ToArray());
        table.GetFirstChild<TableProperties>()!.TableBorders = new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new LeftBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new RightBorder { Val = BorderValues.Single }, new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single });
        foreach (var column in table.Descendants<GridColumn>()) column.Width = "1800";
        foreach (var row in table.Elements<TableRow>()) row.PrependChild(new TableRowProperties(new CantSplit()));
        return table;
    }
}
