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
/// reads as the form does whole (its Markdown): the same indicators, weights, scores and total, and the same findings, clean and planted.
/// </summary>
public sealed class FormSplitOverPagesTests : IDisposable
{
    private const string Folder = "RedTeam12";

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-split-form-").FullName;

    /// <summary>Each form, the blank paragraphs that put a page break inside its 产出指标, and whether the header row repeats.</summary>
    public static TheoryData<string, int, bool> Splits => new()
    {
        { "jiangsu-department.md", 28, false },
        { "jiangsu-department.md", 32, true },
        { "jiangsu-department-planted.md", 28, true },
        { "jiangsu-department-planted.md", 32, false },
        { "jiangsu-project.md", 0, false },
        { "jiangsu-project.md", 0, true },
        { "jiangsu-project-planted.md", 0, false },
        { "jiangsu-project-planted.md", 0, true },
    };

    [LibreOfficeTheory]
    [MemberData(nameof(Splits))]
    public void A_form_split_over_two_pages_reads_as_the_form_on_one_page(string name, int padding, bool headerRepeated)
    {
        var whole = Audit(name, Text(name, Folder));
        var split = Printed(name, padding, headerRepeated);

        var form = Assert.Single(split.Disclosure!.Evaluations.Projects);
        Assert.Equal(2, form.Indicators.Where(i => i.Level1 == "产出指标").Select(i => i.Location.Page).Distinct().Count());
        Assert.Equal(Shape(Project(whole)), Shape(form));
        Assert.Equal(Project(whole).ReportedScore?.Value, form.ReportedScore?.Value);
        Assert.Equal(Comparable(whole), Comparable(split));
        Assert.Equal(name.Contains("planted", StringComparison.Ordinal), ProvincialRedTeamFormTests.Reported(split).Count > 0);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The form as Word prints it with <paramref name="padding"/> blank paragraphs above it, read back from the PDF.</summary>
    private AuditResult Printed(string name, int padding, bool headerRepeated) =>
        new Auditor().Audit(WordPrint.Pdf(folder, $"{Path.GetFileNameWithoutExtension(name)}-{padding}-{headerRepeated}.docx", Text(name, Folder),
            main => Compose(main, padding, headerRepeated)));

    /// <summary>Evaluation findings by rule, row, column and numbers.</summary>
    private static List<string> Comparable(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Blank paragraphs above the form, a running head and a page number, and — when <paramref name="headerRepeated"/> — the
    /// indicator rows a table of their own whose header row repeats.
    /// </summary>
    private static void Compose(MainDocumentPart main, int padding, bool headerRepeated)
    {
        var body = main.Document.Body!;
        for (var i = 0; i < padding; i++) body.PrependChild(new Paragraph());
        if (headerRepeated) SplitAtIndicatorHeader(body.Elements<Table>().First());
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new Run(new Text("苏州市吴中区2023年度部门决算公开"))));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }, new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve })));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
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
