using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 部门整体支出绩效自评表 and a 项目支出绩效自评表 (江苏's, RedTeam12) printed from Word with their indicator table split over two
/// pages (issue 12, class 8): blank paragraphs above the form push the page break inside 产出指标, a running head and a page number
/// stand between the halves, and the indicator header row is repeated on the second page (LibreOffice's heading rows) or not. Each
/// reads as the form printed on one page: the same indicators, weights, scores and total, and the same findings, clean and planted.
/// </summary>
public sealed class FormSplitOverPagesTests : IDisposable
{
    private const string Folder = "RedTeam12";

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-split-form-").FullName;

    /// <summary>Each form, the blank paragraphs that put its page break inside 产出指标, and whether the header row repeats.</summary>
    public static TheoryData<string, int, bool> Splits => new()
    {
        { "jiangsu-department.md", 16, false },
        { "jiangsu-department.md", 16, true },
        { "jiangsu-department-planted.md", 16, false },
        { "jiangsu-department-planted.md", 16, true },
        { "jiangsu-project.md", 18, false },
        { "jiangsu-project.md", 18, true },
        { "jiangsu-project-planted.md", 18, false },
        { "jiangsu-project-planted.md", 18, true },
    };

    [LibreOfficeTheory]
    [MemberData(nameof(Splits))]
    public void A_form_split_over_two_pages_reads_as_the_form_on_one_page(string name, int padding, bool headerRepeated)
    {
        var whole = Printed(name, 0, headerRepeated);
        var split = Printed(name, padding, headerRepeated);

        var form = Assert.Single(split.Disclosure!.Evaluations.Projects);
        Assert.Equal(2, form.Indicators.Where(i => i.Level1 == "产出指标").Select(i => i.Location.Page).Distinct().Count());
        Assert.Equal(Shape(Project(whole)), Shape(form));
        Assert.Equal(form.ReportedScore?.Value, Project(whole).ReportedScore?.Value);
        Assert.Equal(Comparable(whole), Comparable(split));
        Assert.Equal(name.Contains("planted", StringComparison.Ordinal), ProvincialRedTeamFormTests.Reported(split).Count > 0);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The form as Word prints it with <paramref name="padding"/> blank paragraphs above it, read back from the PDF.</summary>
    private AuditResult Printed(string name, int padding, bool headerRepeated)
    {
        var docx = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{padding}-{headerRepeated}.docx");
        File.WriteAllBytes(docx, Composed(Text(name, Folder), padding, headerRepeated));
        var (exitCode, output, pdf) = LibreOffice.ConvertToPdf(docx);
        Assert.True(exitCode == 0 && File.Exists(pdf), $"soffice failed on {name} ({exitCode}): {output}");
        return new Auditor().Audit(pdf);
    }

    /// <summary>Evaluation findings by rule, row, column and numbers.</summary>
    private static List<string> Comparable(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The form's Word file (<see cref="Targets.TargetOfficeTests.Word"/>) with blank paragraphs above it, a running head and a page
    /// number, and — when <paramref name="headerRepeated"/> — its indicator rows a table of their own whose header row repeats.
    /// </summary>
    private static byte[] Composed(string markdown, int padding, bool headerRepeated)
    {
        using var stream = new MemoryStream();
        stream.Write(Targets.TargetOfficeTests.Word(markdown));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document.Body!;
            for (var i = 0; i < padding; i++) body.PrependChild(new Paragraph());
            if (headerRepeated) SplitAtIndicatorHeader(body.Elements<Table>().First());
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new Text("苏州市吴中区2023年度部门决算公开"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }, new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve })));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
        }
        return stream.ToArray();
    }

    /// <summary>The rows from the 一级指标 header on moved to a table of their own after <paramref name="table"/>, that header repeated on each page.</summary>
    private static void SplitAtIndicatorHeader(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        var at = rows.FindIndex(r => r.InnerText.Contains("一级指标", StringComparison.Ordinal));
        var second = (Table)table.CloneNode(false);
        second.Append(table.GetFirstChild<TableProperties>()!.CloneNode(true), table.GetFirstChild<TableGrid>()!.CloneNode(true));
        foreach (var row in rows.Skip(at))
        {
            row.Remove();
            second.Append(row);
        }
        rows[at].TableRowProperties!.Append(new TableHeader());
        table.InsertAfterSelf(second);
    }
}
