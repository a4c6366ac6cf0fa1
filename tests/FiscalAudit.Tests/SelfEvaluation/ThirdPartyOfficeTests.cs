using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Office.RoundTrip;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The composed third-party reports as Word files with merged level cells (the way such tables are drawn: one
/// vertically merged cell per first- and second-level indicator, a 合计 cell spanning the level columns) and as
/// Excel sheets, and that Word file printed to PDF by LibreOffice: the same project, scores and findings as the Markdown.
/// </summary>
public sealed class ThirdPartyOfficeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-third-party-").FullName;

    [Theory]
    [InlineData(Renovation)]
    [InlineData(RoadMaintenance)]
    [InlineData(ElderlyCare)]
    [InlineData(Wetland)]
    [InlineData(DrinkingWater)]
    [InlineData(DrinkingWaterPlanted)]
    [InlineData(SplitByGroup)]
    [InlineData(SplitByGroupPlanted)]
    public void Word_file_with_merged_level_cells_gives_the_same_project_and_findings(string name)
    {
        var markdown = Audit(name);
        var word = new FiscalAudit.Engine.Auditor().Audit(name.Replace(".md", ".docx", StringComparison.Ordinal), WordWithMergedLevels(Text(name)));
        Assert.Null(word.ReadError);
        Assert.Equal(Shape(Project(markdown)), Shape(Project(word)));
        Assert.Equal(Comparable(markdown), Comparable(word));
    }

    [Theory]
    [InlineData(Renovation)]
    [InlineData(RoadMaintenance)]
    [InlineData(ElderlyCare)]
    [InlineData(Wetland)]
    [InlineData(DrinkingWater)]
    [InlineData(DrinkingWaterPlanted)]
    [InlineData(SplitByGroup)]
    [InlineData(SplitByGroupPlanted)]
    public void Excel_copy_gives_the_same_project_and_findings(string name)
    {
        var markdown = Audit(name);
        var source = DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(Text(name)));
        var excel = new FiscalAudit.Engine.Auditor().Audit(name.Replace(".md", ".xlsx", StringComparison.Ordinal), ExcelRoundTripWriter.Write(source));
        Assert.Null(excel.ReadError);
        Assert.Equal(Shape(Project(markdown)), Shape(Project(excel)));
        Assert.Equal(Comparable(markdown), Comparable(excel));
    }

    [LibreOfficeFact]
    public void Pdf_printed_from_the_word_file_gives_the_same_project_and_findings()
    {
        foreach (var name in new[] { Renovation, RoadMaintenance, ElderlyCare, Wetland })
        {
            var docx = Path.Combine(folder, name.Replace(".md", ".docx", StringComparison.Ordinal));
            File.WriteAllBytes(docx, WordWithMergedLevels(Text(name)));
            var (exitCode, output, pdf) = LibreOffice.ConvertToPdf(docx);
            Assert.True(exitCode == 0 && File.Exists(pdf), $"soffice failed on {name} ({exitCode}): {output}");
            var printed = new FiscalAudit.Engine.Auditor().Audit(pdf);
            var markdown = Audit(name);
            Assert.Equal(Shape(Project(markdown)), Shape(Project(printed)));
            Assert.Equal(Comparable(markdown), Comparable(printed));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Evaluation findings by rule, row, column and numbers (lines and cells are placed differently in each format).</summary>
    private static List<string> Comparable(FiscalAudit.Engine.AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Headings and paragraphs as Word paragraphs; each Markdown table as a Word table in which a blank cell left of
    /// the 三级指标 column continues the merged cell above it, and the 合计 cell spans the blank cells right of it there;
    /// every table ruled all round, as printed reports are.
    /// </summary>
    private static byte[] WordWithMergedLevels(string markdown) => TestDocx.FromMarkdown(markdown, Table);

    private static Table Table(List<string[]> rows)
    {
        var merged = Array.IndexOf(rows[0], "三级指标");
        var result = new List<TableRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<TableCell>();
            var body = merged > 0 && r > 0;
            if (body && rows[r][0] == "合计")
            {
                var span = 1 + rows[r].Skip(1).Take(merged - 1).TakeWhile(t => t.Length == 0).Count();
                cells.Add(TestDocx.Cell("合计", span: span));
                cells.AddRange(rows[r].Skip(span).Select(t => TestDocx.Cell(t)));
                result.Add(TestDocx.Row(cells.ToArray()));
                continue;
            }
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                if (!body || c >= merged) cells.Add(TestDocx.Cell(text));
                else if (text.Length == 0) cells.Add(TestDocx.Cell(string.Empty, continues: true));
                else cells.Add(TestDocx.Cell(text, vertical: MergedCellValues.Restart));
            }
            result.Add(TestDocx.Row(cells.ToArray()));
        }
        var table = TestDocx.Table(result.ToArray());
        table.GetFirstChild<TableProperties>()!.TableBorders = new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new LeftBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new RightBorder { Val = BorderValues.Single }, new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single });
        foreach (var column in table.Descendants<GridColumn>()) column.Width = "900";
        return table;
    }
}
